using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// 代表者会議 in a real browser against a real server (C8): the November 支援会議's 社会資源の不足 shows only as 「未承認」 until
/// the 事務局 rewrites and approves its wording; then that wording — never the words as noted — is on the page, in the Excel
/// file and in print, where only the report is left (no bar, no buttons) under a 和暦 heading.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RepresentativesReportTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private const string Noted = "ひきこもりの方が通える居場所が市北部にない";
    private const string Wording = "日中に通える居場所が市の北部に足りない";

    private string Url(string path) => $"{server.Server.BaseUrl}{path}";

    [Fact]
    public async Task The_secretariat_approves_a_gap_wording_and_only_that_wording_reaches_the_report_its_excel_and_print()
    {
        var page = await OpenAsAsync(server.Server, "jimukyoku", Url("/reports/representatives"));
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("gap-category-未承認")).ToHaveTextAsync("1件");
        Assert.DoesNotContain(Noted, await page.ContentAsync());

        await page.GetByTestId("review-gaps").ClickAsync();
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        var gap = page.Locator("li.gap-review").First;
        await Expect(gap.GetByTestId("gap-status")).ToHaveTextAsync("未承認");
        await gap.GetByLabel("承認する文言", new() { Exact = true }).FillAsync(Wording);
        await gap.GetByLabel("分類", new() { Exact = true }).SelectOptionAsync("PlaceToBe");
        await gap.GetByRole(AriaRole.Button, new() { Name = "この文言で承認", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("承認しました（第1版・居場所・通いの場）");
        await Expect(gap).ToHaveAttributeAsync("data-revision", "1");

        await page.GotoAsync(Url("/reports/representatives"));
        await Expect(page.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("approved-gaps")).ToContainTextAsync(Wording);
        await Expect(page.GetByTestId("gap-category-居場所・通いの場")).ToHaveTextAsync("1件");
        await Expect(page.GetByTestId("gap-category-未承認")).ToHaveCountAsync(0);
        Assert.DoesNotContain(Noted, await page.ContentAsync());

        var response = await page.APIRequest.GetAsync(Url("/reports/representatives.xlsx?year=2026"));
        Assert.Equal(200, response.Status);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        using var workbook = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.Contains(Wording, cells);
        Assert.DoesNotContain(cells, c => c.Contains(Noted, StringComparison.Ordinal));
        Assert.Equal(["集計", "目標と実績", "分野・課題タグ", "到達した段階", "役割", "社会資源の不足", "評価"], workbook.Worksheets.Select(w => w.Name));

        var print = page.GetByRole(AriaRole.Button, new() { Name = "令和8年度の代表者会議の集計を印刷（A4）", Exact = true });
        await Expect(print).ToBeVisibleAsync();
        await Expect(page.GetByTestId("print-heading")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("print-heading")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("print-heading").Locator("h1")).ToHaveTextAsync("令和8年度 代表者会議の集計");
        await Expect(print).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.GetByLabel("評価", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(page.GetByTestId("approved-gaps")).ToBeVisibleAsync();
        foreach (var table in new[] { "令和8年度の目標と実績", "会議で扱ったケースの分野ごとの件数", "会議で扱ったケースの課題タグごとの件数",
                     "会議で扱ったケースの段階ごとの件数", "会議で割り当てた役割の件数" })
        {
            var shown = page.GetByRole(AriaRole.Table, new() { Name = table, Exact = true });
            await Expect(shown).ToBeVisibleAsync();
            Assert.Equal("avoid", await shown.EvaluateAsync<string>("t => getComputedStyle(t).breakInside"));
        }
    }
}
