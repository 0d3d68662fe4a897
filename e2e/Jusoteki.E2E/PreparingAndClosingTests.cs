using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// Before and after the discussion: the 事務局 prepares a 重層的支援会議 (the law refuses an unconsented case, in Japanese), and
/// the chair closes the December 支援会議 so that every board turns read-only and the decided case moves on to 支援中.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreparingAndClosingTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private AppServer Server => server.Server;

    [Fact]
    public async Task The_secretariat_prepares_a_multi_layered_meeting_and_an_unconsented_case_is_refused_with_the_reason()
    {
        var page = await OpenAsAsync(Server, "jimukyoku", Server.BaseUrl + "/meetings/new");
        await Expect(page.Locator("[data-live='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var form = page.GetByRole(AriaRole.Form, new() { Name = "会議を作成" });
        await form.GetByLabel("会議の種類").SelectOptionAsync("MultiLayeredSupportMeeting");
        await form.GetByLabel("会議名").FillAsync("令和9年1月 重層的支援会議");
        await DateField.TypeAsync(DateField.In(form, "開催日"), "2027-01-14");
        await form.GetByLabel("場所").FillAsync("市役所3階 第2会議室");
        await form.GetByRole(AriaRole.Button, new() { Name = "作成して準備へ" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/meetings/.+/prepare$"), new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-live='true'][data-loaded='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var agenda = page.GetByRole(AriaRole.Form, new() { Name = "議題に追加" });

        await PickCaseAsync(page, "A-03", "ケースA-03");
        await agenda.GetByRole(AriaRole.Button, new() { Name = "議題に追加" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("本人同意が確認できていないため、重層的支援会議では扱えません。");
        await Expect(page.GetByTestId("agenda-entry")).ToHaveCountAsync(0);

        await PickCaseAsync(page, "A-02", "ケースA-02");
        await agenda.GetByRole(AriaRole.Button, new() { Name = "議題に追加" }).ClickAsync();
        await Expect(page.GetByTestId("agenda-entry")).ToHaveTextAsync(["ケースA-02（ケースA-02・30代女性・ダブルケア）"]);

        var invite = page.GetByRole(AriaRole.Form, new() { Name = "参加者を招待" });
        await invite.GetByLabel("招待する利用者").SelectOptionAsync(new SelectOptionValue { Label = "地域包括 佐藤" });
        await invite.GetByRole(AriaRole.Button, new() { Name = "招待" }).ClickAsync();
        await Expect(page.GetByTestId("participant-entry")).ToContainTextAsync(["社会福祉課長 山田", "福祉総務課 伊藤", "地域包括 佐藤"]);
    }

    [Fact]
    public async Task The_chair_closes_and_every_board_becomes_read_only_with_the_decided_case_in_support()
    {
        var chair = new BoardPage(await OpenAsAsync(Server, "gicho", DemoMeeting.Url(Server)));
        await chair.WaitUntilLiveAsync();
        await chair.PledgeAsync();
        var member = new BoardPage(await OpenAsAsync(Server, "minsei", DemoMeeting.Url(Server)));
        await member.WaitUntilLiveAsync();
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "開会する" }).ClickAsync();
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "ケースA-01をフォーカスにする" }).ClickAsync();
        await chair.EditSupportPolicyAsync("ケースA-01", "見守りを継続し、母の介護サービス利用を入口に関係づくり");
        // The 民生委員 holds a standing pledge, so the case may be shared with them: they take the role and the lead.
        await chair.AssignRoleAsync("ケースA-01", "民生委員・児童委員（北地区）", "見守りと異変時の連絡");
        await Expect(chair.Roles("ケースA-01")).ToContainTextAsync("見守りと異変時の連絡");
        await chair.Page.GetByRole(AriaRole.Form, new() { Name = "ケースA-01に役割を割り当てる" }).GetByRole(AriaRole.Button, new() { Name = "選んだ機関を主担当機関にする" }).ClickAsync();
        await Expect(chair.Card("ケースA-01").GetByTestId("lead-agency")).ToHaveTextAsync("主担当機関：民生委員・児童委員（北地区）");
        await Expect(chair.Card("ケースA-01").GetByTestId("stage")).ToHaveTextAsync("段階：会議");

        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "閉会する" }).ClickAsync();
        await chair.Page.GetByRole(AriaRole.Dialog, new() { Name = "閉会の確認" }).GetByRole(AriaRole.Button, new() { Name = "閉会を確定" }).ClickAsync();

        foreach (var screen in new[] { chair, member })
        {
            await Expect(screen.Page.GetByTestId("meeting-status")).ToHaveTextAsync("閉会");
            await screen.ShowAsync("ケースA-01");
            await Expect(screen.Card("ケースA-01")).ToHaveAttributeAsync("data-can-edit", "false");
            await Expect(screen.Card("ケースA-01").GetByRole(AriaRole.Button, new() { Name = "ケースA-01の支援方針を編集" })).ToHaveCountAsync(0);
            await Expect(screen.Card("ケースA-01").GetByTestId("stage")).ToHaveTextAsync("段階：支援中");
        }
    }

    [Fact]
    public async Task Typing_part_of_a_pseudonym_finds_the_case_and_picking_it_with_the_keyboard_puts_it_on_the_agenda()
    {
        var page = await OpenAsAsync(Server, "jimukyoku", $"{Server.BaseUrl}/meetings/{MultiLayeredMeetingId}/prepare");
        await Expect(page.Locator("[data-live='true'][data-loaded='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var picker = page.GetByLabel("議題に追加するケース");

        await picker.FillAsync("ケースZ");
        await Expect(page.GetByText("該当するケースがありません")).ToBeVisibleAsync();

        // A-15 (consent without expiry) is not on this 重層的支援会議 yet; 「a-15」 is part of its pseudonym, in any letter case.
        await picker.FillAsync("a-15");
        await Expect(CaseOptions(page)).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("^ケースA-15（.*同意：同意")]);
        await picker.PressAsync("ArrowDown");
        await picker.PressAsync("Enter");
        await Expect(picker).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^ケースA-15（"));
        await page.GetByRole(AriaRole.Form, new() { Name = "議題に追加" }).GetByRole(AriaRole.Button, new() { Name = "議題に追加" }).ClickAsync();

        await Expect(page.GetByTestId("agenda-entry").Filter(new() { HasText = "ケースA-15（" })).ToHaveCountAsync(1);
        // Once on the agenda it is no longer offered.
        await picker.FillAsync("A-15");
        await Expect(page.GetByText("該当するケースがありません")).ToBeVisibleAsync();
    }

    private const string MultiLayeredMeetingId = "5d1c0a7e-2026-4c10-8a12-000000001211";

    // The options the case picker's popover offers (the page's native selects have options too).
    private static ILocator CaseOptions(IPage page) => page.Locator(".agenda-case-options").GetByRole(AriaRole.Option);

    // The picker searches as you type; the test picks the case whose option starts with its pseudonym.
    private static async Task PickCaseAsync(IPage page, string typed, string pseudonym)
    {
        await page.GetByLabel("議題に追加するケース").FillAsync(typed);
        await CaseOptions(page).Filter(new() { HasText = pseudonym + "（" }).ClickAsync();
        await Expect(page.GetByLabel("議題に追加するケース")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^" + pseudonym + "（"));
    }
}
