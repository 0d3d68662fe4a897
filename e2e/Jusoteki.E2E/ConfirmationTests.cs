using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>Steps that cannot be undone are confirmed in a Japanese dialog first (the minutes' approval is in MinutesTests).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConfirmationTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private AppServer Server => server.Server;

    [Fact]
    public async Task The_secretariat_records_a_written_pledge_only_after_confirming_and_escape_records_nothing()
    {
        var board = new BoardPage(await OpenAsAsync(Server, "jimukyoku", DemoMeeting.Url(Server)));
        await board.WaitUntilLiveAsync();
        await board.ExpandRollCallAsync();
        var row = board.Page.GetByTestId("participant").Filter(new() { HasText = "地域包括 佐藤" });
        var receive = row.GetByRole(AriaRole.Button, new() { Name = "地域包括 佐藤の誓約書を受け取った" });

        await receive.ClickAsync();
        // Opening with the focus on 受領を記録する is what OpenedAsync waits for.
        var dialog = await ConfirmDialog.OpenedAsync(board.Page, "受領を記録する");
        await Expect(dialog).ToContainTextAsync("誓約書の受領を記録する");
        await Expect(dialog).ToContainTextAsync("記録は取り消せず");
        await board.Page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("pledge")).Not.ToContainTextAsync("誓約済み");
        await Expect(receive).ToBeVisibleAsync();

        await receive.ClickAsync();
        await ConfirmDialog.OpenedAsync(board.Page, "受領を記録する");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "キャンセル" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(receive).ToBeVisibleAsync();

        await receive.ClickAsync();
        await ConfirmDialog.OpenedAsync(board.Page, "受領を記録する");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "受領を記録する" }).ClickAsync();

        await Expect(row.GetByTestId("pledge")).ToContainTextAsync("誓約済み");
        await Expect(receive).ToHaveCountAsync(0);
    }
}
