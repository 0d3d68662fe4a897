using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

[Collection(BrowserCollection.Name)]
public sealed class LiveBoardTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private async Task<BoardPage> OpenBoardAsync(string userName)
    {
        var board = new BoardPage(await OpenAsAsync(server.Server, userName, DemoMeeting.Url(server.Server)));
        await board.WaitUntilLiveAsync();
        return board;
    }

    // Each test acts as its own members (the server is shared by the class): kodomo and seikatsu here, hoken, shidou and
    // minsei below; houkatsu never pledges in this class.
    [Fact]
    public async Task An_edit_in_one_browser_appears_in_the_other_within_two_seconds_without_reload()
    {
        await DemoMeeting.OpenAsync(server.Server);
        var a = await OpenBoardAsync("kodomo");
        var b = await OpenBoardAsync("seikatsu");
        await a.PledgeAsync();
        await b.PledgeAsync();
        await b.ShowAsync("ケースA-03");
        await b.Page.EvaluateAsync("() => window.__sameDocument = true");

        await a.EditSupportPolicyAsync("ケースA-03", "学校のスクールカウンセラーを通じて本人と話す");

        await Expect(b.SupportPolicy("ケースA-03")).ToHaveTextAsync("学校のスクールカウンセラーを通じて本人と話す", new() { Timeout = 2_000 });
        await Expect(a.SupportPolicy("ケースA-03")).ToHaveTextAsync("学校のスクールカウンセラーを通じて本人と話す");
        Assert.True(await b.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "B must not have reloaded.");
    }

    [Fact]
    public async Task An_empty_support_policy_is_refused_next_to_the_field_and_changes_nothing()
    {
        await DemoMeeting.OpenAsync(server.Server);
        var a = await OpenBoardAsync("hoken");
        var b = await OpenBoardAsync("minsei");
        await a.PledgeAsync();
        await b.ShowAsync("ケースA-05");
        var sequenceBefore = await b.Board.GetAttributeAsync("data-last-sequence");

        await a.EditSupportPolicyAsync("ケースA-05", "   ");

        await Expect(a.Card("ケースA-05").GetByText("支援方針を入力してください。")).ToBeVisibleAsync();
        await Expect(a.Editor("ケースA-05")).ToHaveValueAsync("   ");
        await Expect(b.SupportPolicy("ケースA-05")).ToHaveTextAsync("（未記入）");
        Assert.Equal(sequenceBefore, await b.Board.GetAttributeAsync("data-last-sequence"));
        Assert.Equal(sequenceBefore, await a.Board.GetAttributeAsync("data-last-sequence"));
    }

    [Fact]
    public async Task Free_text_is_shown_as_text_and_never_run_as_html()
    {
        await DemoMeeting.OpenAsync(server.Server);
        var a = await OpenBoardAsync("shidou");
        await a.PledgeAsync();
        var payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

        await a.EditSupportPolicyAsync("ケースA-06", payload);

        await Expect(a.SupportPolicy("ケースA-06")).ToHaveTextAsync(payload);
        Assert.Equal(0, await a.SupportPolicy("ケースA-06").Locator("img, script").CountAsync());
        Assert.False(await a.Page.EvaluateAsync<bool>("() => window.__pwned !== undefined"));
    }

    [Fact]
    public async Task An_unknown_meeting_shows_a_japanese_not_found_message()
    {
        var unknown = $"{server.Server.BaseUrl}/meetings/{Guid.NewGuid()}";

        var page = await OpenAsAsync(server.Server, "gicho", unknown);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "会議が見つかりません" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_member_with_a_standing_pledge_sees_names_and_a_member_without_a_pledge_sees_pseudonyms()
    {
        var minsei = await OpenBoardAsync("minsei");
        var houkatsu = await OpenBoardAsync("houkatsu");

        await Expect(minsei.Card("ケースA-01")).ToContainTextAsync("緑川 健一");
        await Expect(minsei.Card("ケースA-01")).ToHaveAttributeAsync("data-visibility", "Full");
        await Expect(houkatsu.Card("ケースA-01")).ToHaveAttributeAsync("data-visibility", "Pseudonymised");
        await Expect(houkatsu.Card("ケースA-01")).ToContainTextAsync("ケースA-01・50代男性・8050・ひきこもり");
        await Expect(houkatsu.Card("ケースA-01")).Not.ToContainTextAsync("緑川");
        await Expect(houkatsu.Card("ケースA-01").GetByTestId("withheld")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_home_page_lists_the_seeded_meeting_and_opens_its_board()
    {
        var page = await OpenAsAsync(server.Server, "jimukyoku", server.Server.BaseUrl + "/");

        await page.GetByText(DemoMeeting.Title).ClickAsync(new() { Timeout = 30_000 });

        var board = new BoardPage(page);
        await board.WaitUntilLiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoMeeting.Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(board.Card("ケースA-01")).ToBeVisibleAsync();
    }
}
