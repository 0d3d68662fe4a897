using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// The December 支援会議 with three browsers — the chair on the shared screen (gicho), agency A (地域包括, houkatsu) and agency
/// B (社協, shakyo) — on a real server: opening with pledges, focus following, roles appearing everywhere, 「担当の役割」,
/// two people editing the same field, a member who may not see a case, and a browser that drops and comes back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingFlowTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private static readonly LocatorAssertionsToHaveAttributeOptions WithinTwoSeconds = new() { Timeout = 2_000 };
    private AppServer Server => server.Server;

    private async Task<BoardPage> OpenBoardAsync(string userName, bool pledge = true)
    {
        var board = new BoardPage(await OpenAsAsync(Server, userName, DemoMeeting.Url(Server)));
        await board.WaitUntilLiveAsync();
        // The server is shared by this class: whoever pledged in an earlier test is pledged already.
        if (!pledge) return board;
        await board.ExpandRollCallAsync();
        if (await board.Page.GetByRole(AriaRole.Button, new() { Name = "守秘義務を誓約する" }).CountAsync() > 0) await board.PledgeAsync();
        return board;
    }

    [Fact]
    public async Task The_chair_opens_the_focus_is_followed_and_a_role_assigned_by_b_appears_on_a_and_the_chair_within_two_seconds()
    {
        var chair = await OpenBoardAsync("gicho");
        var a = await OpenBoardAsync("houkatsu");
        var b = await OpenBoardAsync("shakyo");
        await OpenMeetingAsync(chair);

        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "ケースA-01をフォーカスにする" }).ClickAsync();
        await Expect(a.Board).ToHaveAttributeAsync("data-shown", "ケースA-01", WithinTwoSeconds);
        await Expect(b.Board).ToHaveAttributeAsync("data-shown", "ケースA-01", WithinTwoSeconds);
        await Expect(a.Card("ケースA-01")).ToContainTextAsync("緑川 健一");

        await b.AssignRoleAsync("ケースA-01", "みどり市社会福祉協議会", "手紙と玄関先での声かけ（2週に1回）");

        foreach (var screen in new[] { a, chair, b })
        {
            await Expect(screen.Roles("ケースA-01").Filter(new() { HasText = "手紙と玄関先での声かけ（2週に1回）" }))
                .ToContainTextAsync("社協 鈴木", new() { Timeout = 2_000 });
        }

        // A looks elsewhere, then follows the chair again with one click.
        await a.ShowAsync("ケースA-02");
        await a.Page.GetByTestId("unpinned").GetByRole(AriaRole.Button, new() { Name = "議長のフォーカスに戻る" }).ClickAsync();
        await Expect(a.Board).ToHaveAttributeAsync("data-shown", "ケースA-01");
        await chair.Page.Keyboard.PressAsync("PageDown");
        await Expect(a.Board).ToHaveAttributeAsync("data-shown", "ケースA-02", WithinTwoSeconds);

        // The shared screen: the focus case alone, in large type.
        await chair.Page.Keyboard.PressAsync("p");
        await Expect(chair.Board).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("projector"));
        await Expect(chair.Page.GetByRole(AriaRole.Navigation, new() { Name = "議題" })).ToBeHiddenAsync();
        await Expect(chair.Card("ケースA-02")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task B_updates_its_role_on_the_roles_page_and_the_chairs_board_shows_it()
    {
        var chair = await OpenBoardAsync("gicho");
        await chair.ShowAsync("ケースA-05");
        var role = chair.Roles("ケースA-05").Filter(new() { HasText = "居場所（就労体験）の候補を探す" });
        await Expect(role.GetByTestId("role-status")).ToHaveTextAsync("未着手");
        var page = await OpenAsAsync(Server, "shakyo", Server.BaseUrl + "/roles");
        await Expect(page.Locator("[data-live='true'][data-loaded='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var card = page.GetByRole(AriaRole.Region, new() { Name = "ケースA-05：居場所（就労体験）の候補を探す" });
        await Expect(card).ToContainTextAsync("期限超過");

        await card.GetByLabel("ケースA-05「居場所（就労体験）の候補を探す」の状況").SelectOptionAsync("InProgress");
        await card.GetByLabel("ケースA-05「居場所（就労体験）の候補を探す」の経過記録").FillAsync("12/3 北部の作業所を見学。本人は前向き。");
        await card.GetByRole(AriaRole.Button, new() { Name = "ケースA-05「居場所（就労体験）の候補を探す」の経過を記録" }).ClickAsync();

        await Expect(role.GetByTestId("role-status")).ToHaveTextAsync("対応中", new() { Timeout = 2_000 });
        await Expect(card.GetByRole(AriaRole.List, new() { Name = "経過" })).ToContainTextAsync("12/3 北部の作業所を見学。本人は前向き。");
    }

    [Fact]
    public async Task Two_people_saving_the_same_field_at_once_lose_nothing_the_second_sees_both_and_merges()
    {
        var a = await OpenBoardAsync("houkatsu");
        var b = await OpenBoardAsync("shakyo");
        await a.ShowAsync("ケースA-02");
        await b.ShowAsync("ケースA-02");
        var edit = new[] { a, b }.Select(async p =>
        {
            await p.Card("ケースA-02").GetByRole(AriaRole.Button, new() { Name = "ケースA-02の支援方針を編集" }).ClickAsync();
            await Expect(p.Editor("ケースA-02")).ToBeVisibleAsync();
        });
        await Task.WhenAll(edit);
        await a.Editor("ケースA-02").FillAsync("父のショートステイを月2回確保する");
        await b.Editor("ケースA-02").FillAsync("同じ立場の人が集まるピアグループにつなぐ");

        await a.Card("ケースA-02").GetByRole(AriaRole.Button, new() { Name = "ケースA-02の支援方針を保存" }).ClickAsync();
        await Expect(a.SupportPolicy("ケースA-02")).ToHaveTextAsync("父のショートステイを月2回確保する");
        await b.Card("ケースA-02").GetByRole(AriaRole.Button, new() { Name = "ケースA-02の支援方針を保存" }).ClickAsync();

        var conflict = b.Page.GetByRole(AriaRole.Alertdialog, new() { Name = "支援方針の編集の競合" });
        await Expect(conflict.GetByTestId("conflict-mine")).ToHaveTextAsync("同じ立場の人が集まるピアグループにつなぐ");
        await Expect(conflict.GetByTestId("conflict-theirs")).ToHaveTextAsync("父のショートステイを月2回確保する");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "両方をつなげて編集" }).ClickAsync();
        await b.Card("ケースA-02").GetByRole(AriaRole.Button, new() { Name = "ケースA-02の支援方針を保存" }).ClickAsync();

        const string merged = "父のショートステイを月2回確保する\n同じ立場の人が集まるピアグループにつなぐ";
        await Expect(a.SupportPolicy("ケースA-02")).ToHaveTextAsync(merged);
        await Expect(b.SupportPolicy("ケースA-02")).ToHaveTextAsync(merged);
    }

    [Fact]
    public async Task A_member_without_the_pledge_and_the_police_outside_their_case_see_only_the_pseudonymised_card()
    {
        var kodomo = await OpenBoardAsync("kodomo", pledge: false);
        var police = await OpenBoardAsync("police");

        await kodomo.ShowAsync("ケースA-03");
        await police.ShowAsync("ケースA-01");

        foreach (var (screen, pseudonym, name) in new[] { (kodomo, "ケースA-03", "若葉"), (police, "ケースA-01", "緑川") })
        {
            await Expect(screen.Card(pseudonym)).ToHaveAttributeAsync("data-visibility", "Pseudonymised");
            await Expect(screen.Card(pseudonym).GetByTestId("withheld")).ToBeVisibleAsync();
            await Expect(screen.Card(pseudonym)).Not.ToContainTextAsync(name);
            await Expect(screen.Card(pseudonym).GetByRole(AriaRole.Button, new() { Name = $"{pseudonym}の支援方針を編集" })).ToHaveCountAsync(0);
        }
        await police.ShowAsync("ケースA-04");
        await Expect(police.Card("ケースA-04")).ToHaveAttributeAsync("data-visibility", "Full");
        await Expect(police.Card("ケースA-04")).ToContainTextAsync("森山 昭");
    }

    [Fact]
    public async Task A_browser_that_is_closed_and_opened_again_catches_up_with_everything_done_meanwhile()
    {
        await DemoMeeting.OpenAsync(Server);
        var a = await OpenBoardAsync("seikatsu");
        var dropped = await OpenBoardAsync("hoken");
        await dropped.ShowAsync("ケースA-06");
        // hoken is typing when the laptop dies: the words reach the server but are never saved.
        await dropped.Card("ケースA-06").GetByRole(AriaRole.Button, new() { Name = "ケースA-06の見守りを編集" }).ClickAsync();
        await dropped.Editor("ケースA-06", "見守り").FillAsync("保健師が月1回訪問して様子を見る");
        await dropped.Page.Context.CloseAsync();

        await a.ShowAsync("ケースA-06");
        await a.AssignRoleAsync("ケースA-06", "生活サポートセンター（自立相談支援機関）", "家計相談と就労準備の案内");
        await a.EditSupportPolicyAsync("ケースA-06", "家計の立て直しを入口に、長男の登校支援は学校と連携する");
        await Expect(a.SupportPolicy("ケースA-06")).ToHaveTextAsync("家計の立て直しを入口に、長男の登校支援は学校と連携する");
        await Expect(a.Roles("ケースA-06")).ToHaveCountAsync(1);

        var back = new BoardPage(await OpenAsAsync(Server, "hoken", DemoMeeting.Url(Server)));
        await back.WaitUntilLiveAsync();
        await back.ShowAsync("ケースA-06");
        await Expect(back.SupportPolicy("ケースA-06")).ToHaveTextAsync("家計の立て直しを入口に、長男の登校支援は学校と連携する");
        await Expect(back.Roles("ケースA-06")).ToHaveCountAsync(1);
        await Expect(back.Board).ToHaveAttributeAsync("data-last-sequence", (await a.Board.GetAttributeAsync("data-last-sequence"))!);
        // The unsaved words come back in their editor, marked as not saved, and can be saved now.
        await Expect(back.Editor("ケースA-06", "見守り")).ToHaveValueAsync("保健師が月1回訪問して様子を見る");
        await Expect(back.Card("ケースA-06")).ToContainTextAsync("前回の接続で保存されなかった入力です");
        await back.Card("ケースA-06").GetByRole(AriaRole.Button, new() { Name = "ケースA-06の見守りを保存" }).ClickAsync();
        await Expect(back.Card("ケースA-06").GetByTestId("watching")).ToHaveTextAsync("保健師が月1回訪問して様子を見る");
    }

    private static async Task OpenMeetingAsync(BoardPage chair)
    {
        var open = chair.Page.GetByRole(AriaRole.Button, new() { Name = "開会する" });
        if (await open.CountAsync() > 0) await open.ClickAsync();
        await Expect(chair.Page.GetByTestId("meeting-status")).ToHaveTextAsync("開会中");
    }
}
