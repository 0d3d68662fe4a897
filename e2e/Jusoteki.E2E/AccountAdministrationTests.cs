using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// /admin/accounts in the browser: disabling asks first (MudBlazor dialog), a password reset really holds the person on
/// 「パスワードの変更」 until they choose their own, and a changed role takes effect at the next sign-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountAdministrationTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private string Accounts => $"{server.Server.BaseUrl}/admin/accounts";

    private async Task<IPage> AdminAsync()
    {
        var page = await OpenAsAsync(server.Server, "admin", Accounts);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "アカウント" })).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Disabling_an_account_asks_for_confirmation_and_cancelling_changes_nothing()
    {
        var page = await AdminAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "hoken", Exact = true }) });

        await row.GetByRole(AriaRole.Button, new() { Name = "hokenを無効にする" }).ClickAsync();
        var dialog = await ConfirmDialog.OpenedAsync(page, "無効にする");
        await Expect(dialog).ToContainTextAsync("アカウントを無効にする");
        await Expect(dialog).ToContainTextAsync("よろしいですか？");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "キャンセル" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("有効");

        await row.GetByRole(AriaRole.Button, new() { Name = "hokenを無効にする" }).ClickAsync();
        await (await ConfirmDialog.OpenedAsync(page, "無効にする")).GetByRole(AriaRole.Button, new() { Name = "無効にする" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("hoken を無効にしました。");
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "無効", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task After_a_password_reset_the_person_must_choose_their_own_before_any_page_opens()
    {
        var admin = await AdminAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Cell, new() { Name = "shidou", Exact = true }) });
        await row.GetByRole(AriaRole.Button, new() { Name = "shidouのパスワードを再設定" }).ClickAsync();
        var panel = admin.GetByRole(AriaRole.Region, new() { Name = "shidouのパスワードを再設定" });
        await panel.GetByLabel("仮のパスワード（12文字以上、数字と英小文字を含む）").FillAsync("kari-pass-2026-x");
        await panel.GetByRole(AriaRole.Button, new() { Name = "パスワードを再設定する" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("shidou のパスワードを再設定しました。");

        var person = await NewPageAsync();
        await person.GotoAsync($"{server.Server.BaseUrl}/account/login?returnUrl=%2Fcases");
        await SignIn.SubmitAsync(person, "shidou", "kari-pass-2026-x");
        await Expect(person).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/change-password"));
        await Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("管理者がパスワードを再設定しました。");

        // Typing another address does not get past it.
        await person.GotoAsync($"{server.Server.BaseUrl}/roles");
        await Expect(person).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/change-password"));

        await person.GetByLabel("今のパスワード").FillAsync("kari-pass-2026-x");
        await person.GetByLabel("新しいパスワード（12文字以上、数字と英小文字を含む）").FillAsync("kari-pass-2026-x");
        await person.GetByLabel("新しいパスワード（確認）").FillAsync("kari-pass-2026-x");
        await person.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Alert)).ToHaveTextAsync("新しいパスワードは、今のパスワードと違うものにしてください。");

        await person.GetByLabel("今のパスワード").FillAsync("kari-pass-2026-x");
        await person.GetByLabel("新しいパスワード（12文字以上、数字と英小文字を含む）").FillAsync("jibun-no-pass-77");
        await person.GetByLabel("新しいパスワード（確認）").FillAsync("jibun-no-pass-77");
        await person.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync();

        await Expect(person).ToHaveURLAsync($"{server.Server.BaseUrl}/roles");
        await Expect(person.GetByTestId("signed-in-user")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_changed_role_and_agency_are_shown_in_the_list()
    {
        var admin = await AdminAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Cell, new() { Name = "etsuran", Exact = true }) });

        await row.GetByRole(AriaRole.Button, new() { Name = "etsuranの役割と所属機関を変更" }).ClickAsync();
        var panel = admin.GetByRole(AriaRole.Region, new() { Name = "etsuranの役割と所属機関を変更" });
        await panel.GetByLabel("新しい役割").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "機関担当者" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "役割と所属機関を保存" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("所属機関を選んでください");

        await panel.GetByLabel("新しい所属機関").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "みどり市社会福祉協議会" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "役割と所属機関を保存" }).ClickAsync();

        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("etsuran の役割と所属機関を変更しました。");
        await Expect(row).ToContainTextAsync("機関担当者");
        await Expect(row).ToContainTextAsync("みどり市社会福祉協議会");
    }
}
