using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// 進行管理 in a real browser against a real server: the 事務局 types a target below zero and is refused in Japanese, then
/// sets a whole number that is still there after a reload and in the Excel file (downloaded with no-store).
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
        await Expect(page.GetByTestId("reached-SupportMeetingsHeld")).ToHaveTextAsync("17%");

        await page.ReloadAsync();
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("支援会議の開催の目標（回）", new() { Exact = true })).ToHaveValueAsync("12");

        var response = await page.APIRequest.GetAsync(Url("/reports/progress.xlsx?year=2026"));
        Assert.Equal(200, response.Status);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        using var workbook = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
        var row = workbook.Worksheet("目標と実績").Row(3);
        Assert.Equal(("支援会議の開催", 12, 2), (row.Cell(1).GetString(), row.Cell(3).GetValue<int>(), row.Cell(4).GetValue<int>()));
    }
}
