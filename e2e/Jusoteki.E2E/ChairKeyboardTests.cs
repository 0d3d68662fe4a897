using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// The chair runs the meeting from the keyboard or a presenter remote (PageDown/PageUp): the room sees each case from its
/// name, the keys come back after typing, Escape leaves a field, Ctrl+Enter saves it, and 「?」 lists every key.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChairKeyboardTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private async Task<BoardPage> OpenChairAsync(string focus)
    {
        var chair = new BoardPage(await OpenAsAsync(server.Server, "gicho", DemoMeeting.Url(server.Server)));
        await chair.WaitUntilLiveAsync();
        await ChairBoard.PrepareAsync(chair);
        await ChairBoard.FocusAsync(chair, focus);
        return chair;
    }

    private static ILocator Title(BoardPage board, string pseudonym) => board.Card(pseudonym).Locator(".case-title");

    private static ILocator RoleText(BoardPage board, string pseudonym) =>
        board.Page.GetByRole(AriaRole.Form, new() { Name = $"{pseudonym}に役割を割り当てる" }).GetByLabel("役割の内容", new() { Exact = true });

    [Fact]
    public async Task PageDown_from_the_roles_of_a_case_shows_the_next_case_from_its_name()
    {
        var chair = await OpenChairAsync("ケースA-01");
        await chair.Card("ケースA-01").GetByRole(AriaRole.Region, new() { Name = "次回確認日" }).ScrollIntoViewIfNeededAsync();
        await Expect(Title(chair, "ケースA-01")).Not.ToBeInViewportAsync();

        await chair.Page.Keyboard.PressAsync("PageDown");

        await Expect(chair.Board).ToHaveAttributeAsync("data-focus", "ケースA-02");
        await Expect(Title(chair, "ケースA-02")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task After_a_role_is_assigned_with_Enter_the_presenter_remote_moves_the_focus()
    {
        var chair = await OpenChairAsync("ケースA-05");
        var form = chair.Page.GetByRole(AriaRole.Form, new() { Name = "ケースA-05に役割を割り当てる" });
        await form.GetByLabel("担当機関", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await RoleText(chair, "ケースA-05").FillAsync("月1回の電話で様子を聞く");

        await RoleText(chair, "ケースA-05").PressAsync("Enter");
        await Expect(chair.Roles("ケースA-05").Filter(new() { HasText = "月1回の電話で様子を聞く" })).ToHaveCountAsync(1);
        await Expect(RoleText(chair, "ケースA-05")).ToBeFocusedAsync();
        await Expect(RoleText(chair, "ケースA-05")).ToHaveValueAsync("");
        await chair.Page.Keyboard.PressAsync("PageDown");

        await Expect(chair.Board).ToHaveAttributeAsync("data-focus", "ケースA-06");
    }

    [Fact]
    public async Task Keys_typed_into_a_field_stay_there_until_Escape_gives_them_back_to_the_board()
    {
        var chair = await OpenChairAsync("ケースA-02");
        await RoleText(chair, "ケースA-02").FillAsync("家族会の案内");

        await RoleText(chair, "ケースA-02").PressAsync("PageDown");
        await RoleText(chair, "ケースA-02").PressAsync("Escape");

        await Expect(RoleText(chair, "ケースA-02")).Not.ToBeFocusedAsync();
        Assert.Equal("ケースA-02", await chair.Board.GetAttributeAsync("data-focus"));
        await chair.Page.Keyboard.PressAsync("PageDown");
        await Expect(chair.Board).ToHaveAttributeAsync("data-focus", "ケースA-03");
    }

    [Fact]
    public async Task Ctrl_Enter_saves_the_support_policy_being_typed()
    {
        var chair = await OpenChairAsync("ケースA-06");
        await chair.Card("ケースA-06").GetByRole(AriaRole.Button, new() { Name = "ケースA-06の支援方針を編集" }).ClickAsync();
        await chair.Editor("ケースA-06").FillAsync("家計相談から入り、登校は学校と連携する");

        await chair.Editor("ケースA-06").PressAsync("Control+Enter");

        await Expect(chair.SupportPolicy("ケースA-06")).ToHaveTextAsync("家計相談から入り、登校は学校と連携する");
        await Expect(chair.Editor("ケースA-06")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_question_mark_opens_the_japanese_list_of_keys_and_Escape_closes_it()
    {
        var chair = await OpenChairAsync("ケースA-04");

        await chair.Page.Keyboard.PressAsync("?");

        var help = chair.Page.GetByRole(AriaRole.Dialog, new() { Name = "キーボード操作の一覧" });
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("次のケース");
        await Expect(help).ToContainTextAsync("入力欄を離れて");
        await chair.Page.Keyboard.PressAsync("PageDown");
        await chair.Page.Keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();
        // The PageDown pressed while the list was open went to the list, not to the room's focus.
        Assert.Equal("ケースA-04", await chair.Board.GetAttributeAsync("data-focus"));
    }
}
