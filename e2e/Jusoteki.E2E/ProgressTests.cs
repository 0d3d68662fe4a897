using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// 進行管理 in a real browser against a real server: the 事務局 types a target below zero and is refused in Japanese, then
/// sets a whole number that is still there after a reload and in the Excel file (downloaded with no-store); when the chair
/// holds the December 支援会議, the page counts it. The two tests share one server, so neither relies on the other's target.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private string Url(string path) => $"{server.Server.BaseUrl}{path}";

    [Fact]
    public async Task The_secretariat_sets_a_target_on_the_page_and_a_negative_one_is_refused_in_japanese()
    {
        var page = await OpenAsAsync(server.Server, "jimukyoku", Url("/reports/progress"));
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        var target = page.GetByLabel("支援会議の開催の目標（回）", new() { Exact = true });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "支援会議の開催の目標を保存", Exact = true });
        await Expect(target).ToHaveValueAsync("10");

        await target.FillAsync("-1");
        await save.ClickAsync();
        await Expect(page.GetByTestId("target-error-SupportMeetingsHeld")).ToHaveTextAsync("「支援会議の開催」：目標値に0より小さい数は指定できません。");
        await Expect(page.GetByTestId("target-error-SupportMeetingsHeld")).ToHaveAttributeAsync("role", "alert");

        await target.FillAsync("12");
        await save.ClickAsync();
        await Expect(page.GetByTestId("target-saved-SupportMeetingsHeld")).ToHaveTextAsync("保存しました");
        // The other test may have held the December meeting already: the share follows whatever the actual is.
        var held = int.Parse((await page.GetByTestId("actual-SupportMeetingsHeld").InnerTextAsync()).TrimEnd('回'), System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("reached-SupportMeetingsHeld")).ToHaveTextAsync($"{Math.Round(100m * held / 12, MidpointRounding.AwayFromZero)}%");

        await page.ReloadAsync();
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("支援会議の開催の目標（回）", new() { Exact = true })).ToHaveValueAsync("12");

        var response = await page.APIRequest.GetAsync(Url("/reports/progress.xlsx?year=2026"));
        Assert.Equal(200, response.Status);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        using var workbook = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
        var row = workbook.Worksheet("目標と実績").Row(3);
        Assert.Equal(("支援会議の開催", 12, held), (row.Cell(1).GetString(), row.Cell(3).GetValue<int>(), row.Cell(4).GetValue<int>()));
    }

    [Fact]
    public async Task When_the_december_meeting_is_held_the_progress_page_counts_it()
    {
        var progress = await OpenAsAsync(server.Server, "jimukyoku", Url("/reports/progress"));
        await Expect(progress.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await Expect(progress.GetByTestId("actual-SupportMeetingsHeld")).ToHaveTextAsync("2回");
        await Expect(progress.GetByTestId("month-SupportMeetingsHeld-8")).ToHaveTextAsync("0回");

        // The chair holds the December 支援会議: pledge, open, close.
        var chair = new BoardPage(await OpenAsAsync(server.Server, "gicho", DemoMeeting.Url(server.Server)));
        await chair.WaitUntilLiveAsync();
        await chair.PledgeAsync();
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "開会する" }).ClickAsync();
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "閉会する" }).ClickAsync();
        await chair.Page.GetByRole(AriaRole.Dialog, new() { Name = "閉会の確認" }).GetByRole(AriaRole.Button, new() { Name = "閉会を確定" }).ClickAsync();
        await Expect(chair.Page.GetByTestId("meeting-status")).ToHaveTextAsync("閉会");

        await progress.ReloadAsync();
        await Expect(progress.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await Expect(progress.GetByTestId("actual-SupportMeetingsHeld")).ToHaveTextAsync("3回");
        await Expect(progress.GetByTestId("month-SupportMeetingsHeld-8")).ToHaveTextAsync("1回");
    }
}
