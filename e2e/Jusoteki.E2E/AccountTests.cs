using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_the_login_page_and_back_to_the_board_after_signing_in()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(DemoMeeting.Url(server.Server));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jusoteki 支援会議ワークスペース" })).ToBeVisibleAsync();
        await SignIn.SubmitAsync(page, "gicho");

        await Expect(page).ToHaveURLAsync(DemoMeeting.Url(server.Server));
        await new BoardPage(page).WaitUntilLiveAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("社会福祉課長 山田");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_japanese_message()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{server.Server.BaseUrl}/account/login");

        await SignIn.SubmitAsync(page, "hoken", "wrong-password-123");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("ユーザー名またはパスワードが正しくありません。");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task Wrong_passwords_from_this_browser_hold_it_off_the_account_even_with_the_right_one()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{server.Server.BaseUrl}/account/login");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await SignIn.SubmitAsync(page, "etsuran", $"wrong-password-{attempt}");
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("ユーザー名またはパスワードが正しくありません。");
        }
        await SignIn.SubmitAsync(page, "etsuran");

        // The account itself locks only after failures from more than one machine (PasswordLoginTests, LoginEnumerationTests).
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("この端末からのログインを一時的に止めています");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task The_administrator_reads_failed_logins_in_the_audit_log_and_finds_the_chain_intact()
    {
        var attempt = await NewPageAsync();
        await attempt.GotoAsync($"{server.Server.BaseUrl}/account/login");
        await SignIn.SubmitAsync(attempt, "kodomo", "not-the-password-1");
        await Expect(attempt.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        var admin = await OpenAsAsync(server.Server, "admin", $"{server.Server.BaseUrl}/admin/audit");
        var log = admin.GetByRole(AriaRole.Table, new() { Name = "監査ログ" });

        await Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "ログイン失敗" }).Filter(new() { HasText = "kodomo" }))
            .ToContainTextAsync("パスワードの誤り", new() { Timeout = 30_000 });
        await admin.GetByRole(AriaRole.Button, new() { Name = "改ざんがないか検査する" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("改ざんされていません");
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_cannot_open_the_audit_log()
    {
        var page = await OpenAsAsync(server.Server, "shidou", server.Server.BaseUrl + "/");

        await page.GotoAsync($"{server.Server.BaseUrl}/admin/audit");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("権限がありません");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "監査ログ" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_account_the_administrator_disables_can_no_longer_sign_in()
    {
        var admin = await OpenAsAsync(server.Server, "admin", $"{server.Server.BaseUrl}/admin/accounts");
        await admin.GetByRole(AriaRole.Button, new() { Name = "seikatsuを無効にする" }).ClickAsync(new() { Timeout = 30_000 });
        // Disabling is confirmed first (AccountAdministrationTests covers cancelling).
        await (await ConfirmDialog.OpenedAsync(admin, "無効にする")).GetByRole(AriaRole.Button, new() { Name = "無効にする" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("seikatsu を無効にしました。");

        var page = await NewPageAsync();
        await page.GotoAsync($"{server.Server.BaseUrl}/account/login");
        await SignIn.SubmitAsync(page, "seikatsu");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("このアカウントは無効になっています。管理者に連絡してください。");
    }

    [Fact]
    public async Task The_chair_locks_the_screen_and_gets_back_to_the_same_board_only_by_signing_in_again()
    {
        var page = await OpenAsAsync(server.Server, "gicho", DemoMeeting.Url(server.Server));
        var board = new BoardPage(page);
        await board.WaitUntilLiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "画面をロック" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("画面をロックしました。続けるには、もう一度ログインしてください。");
        await Expect(page.Locator(".board")).ToHaveCountAsync(0);
        await page.GotoAsync(DemoMeeting.Url(server.Server));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await SignIn.SubmitAsync(page, "gicho");
        await Expect(page).ToHaveURLAsync(DemoMeeting.Url(server.Server));
        await board.WaitUntilLiveAsync();
    }

    [Fact]
    public async Task Logging_out_returns_to_the_login_page_and_closes_the_board()
    {
        var page = await OpenAsAsync(server.Server, "shougai", DemoMeeting.Url(server.Server));
        await new BoardPage(page).WaitUntilLiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("ログアウトしました。");
        await page.GotoAsync(DemoMeeting.Url(server.Server));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task Logging_out_in_one_tab_closes_the_board_in_the_other_tab_of_that_browser_but_not_on_another_pc()
    {
        var first = await OpenAsAsync(server.Server, "jimukyoku", DemoMeeting.Url(server.Server));
        await new BoardPage(first).WaitUntilLiveAsync();
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(DemoMeeting.Url(server.Server));
        await new BoardPage(second).WaitUntilLiveAsync();
        var otherPc = await OpenAsAsync(server.Server, "jimukyoku", DemoMeeting.Url(server.Server));
        await new BoardPage(otherPc).WaitUntilLiveAsync();

        await first.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();

        await Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("ログアウトしました。");
        await Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 15_000 });
        await Expect(second.Locator(".board")).ToHaveCountAsync(0);
        await Expect(otherPc.Locator(".board")).ToHaveCountAsync(1);
        await otherPc.ReloadAsync();
        await new BoardPage(otherPc).WaitUntilLiveAsync();
    }
}
