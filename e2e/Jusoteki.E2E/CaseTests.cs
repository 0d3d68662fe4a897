using System.Diagnostics;
using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// The case between meetings, in real browsers: a window registers a consultation without consent, the coordinator sees it
/// arrive on the 進行管理台帳 pseudonymised (C10), consent is recorded, the case joins a 重層的支援会議, and when consent is
/// withdrawn a second browser with the case page open loses the name at once while the case leaves that agenda (C2).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private const string MultiLayeredMeetingId = "5d1c0a7e-2026-4c10-8a12-000000001211";
    private const string Name = "春野 太郎";
    private string Url(string path) => $"{server.Server.BaseUrl}{path}";

    [Fact]
    public async Task A_consultation_goes_from_the_window_to_the_board_to_consent_to_a_meeting_and_its_withdrawal_takes_the_name_away_at_once()
    {
        // The coordinator's board is open before the consultation comes in.
        var coordinator = await OpenAsAsync(server.Server, "coordinator", Url("/cases"));
        await Expect(coordinator.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();

        // 地域包括 registers a consultation without consent.
        var window = await OpenAsAsync(server.Server, "houkatsu", Url("/cases/new"));
        await Expect(window.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await window.GetByLabel("本人の氏名").FillAsync(Name);
        await window.GetByLabel("年代").SelectOptionAsync(new SelectOptionValue { Label = "40代" });
        await window.GetByLabel("住所").FillAsync("みどり市春町9-9");
        await window.GetByRole(AriaRole.Checkbox, new() { Name = "高齢" }).CheckAsync();
        await window.GetByRole(AriaRole.Checkbox, new() { Name = "ひきこもり" }).CheckAsync();
        await window.GetByLabel("主訴").FillAsync("母から。息子が家から出ない。");
        await window.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(window.GetByTestId("case-title")).ToHaveTextAsync($"ケースA-18　{Name}", new() { Timeout = 15_000 });
        var caseUrl = window.Url;

        // The coordinator (no standing pledge) sees it arrive in 受付, by pseudonym only.
        var card = coordinator.Locator("[data-stage=Intake] [data-testid=case-card]", new() { HasText = "ケースA-18" });
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(coordinator.GetByText(Name)).ToHaveCountAsync(0);

        // Consent, with a scope that includes 社協 and the 事務局's 福祉総務課.
        await window.GetByText("本人同意を記録する").ClickAsync();
        await window.GetByLabel("同意の方法").SelectOptionAsync(new SelectOptionValue { Label = "書面" });
        foreach (var agency in new[] { "地域包括支援センター中央", "みどり市社会福祉協議会", "福祉総務課" })
            await window.GetByRole(AriaRole.Checkbox, new() { Name = agency, Exact = true }).CheckAsync();
        await window.GetByRole(AriaRole.Button, new() { Name = "同意を記録する" }).ClickAsync();
        await Expect(window.GetByTestId("consent-state")).ToContainTextAsync("本人同意：同意");

        // The 事務局 puts the case on the December 重層的支援会議 from its page.
        var secretariat = await OpenAsAsync(server.Server, "jimukyoku", caseUrl);
        await Expect(secretariat.GetByTestId("case-title")).ToHaveTextAsync($"ケースA-18　{Name}");
        await secretariat.GetByLabel("議題に載せる会議").SelectOptionAsync(MultiLayeredMeetingId);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "会議の議題に載せる" }).ClickAsync();
        var meetings = secretariat.GetByRole(AriaRole.Region, new() { Name = "このケースを扱った会議" });
        await Expect(meetings).ToContainTextAsync("令和8年12月 重層的支援会議");

        // 社協 reads the case through the consent scope in a second browser.
        var shakyo = await OpenAsAsync(server.Server, "shakyo", caseUrl);
        await Expect(shakyo.GetByTestId("case-title")).ToHaveTextAsync($"ケースA-18　{Name}");

        // The window records the withdrawal; 社協's open page loses the name without a reload.
        await window.GetByText("本人同意を記録する").ClickAsync();
        await window.GetByRole(AriaRole.Radio, new() { Name = "撤回" }).CheckAsync();
        var clock = Stopwatch.StartNew();
        await window.GetByRole(AriaRole.Button, new() { Name = "撤回を記録する" }).ClickAsync();
        await Expect(shakyo.GetByTestId("case-title")).ToHaveTextAsync("ケースA-18", new() { Timeout = 10_000 });
        Console.WriteLine($"withdrawal → name gone on the other browser: {clock.ElapsedMilliseconds} ms");
        await Expect(shakyo.GetByTestId("withheld")).ToBeVisibleAsync();
        await Expect(shakyo.GetByText(Name)).ToHaveCountAsync(0);
        // …and the case has left the 重層的支援会議 (C2).
        await Expect(shakyo.GetByRole(AriaRole.Region, new() { Name = "このケースを扱った会議" })).Not.ToContainTextAsync("重層的支援会議");

        // The Excel export holds the rows and the redaction of the coordinator's screen.
        await coordinator.ReloadAsync();
        await Expect(coordinator.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        var count = int.Parse((await coordinator.GetByTestId("case-count").InnerTextAsync()).TrimEnd('件'), System.Globalization.CultureInfo.InvariantCulture);
        var download = await coordinator.RunAndWaitForDownloadAsync(() =>
            coordinator.GetByRole(AriaRole.Link, new() { Name = "表示中のケースを Excel で出力" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"jusoteki-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("進行管理台帳");
        Assert.Equal("仮名", sheet.Cell(1, 1).GetString());
        Assert.Equal(count, sheet.LastRowUsed()!.RowNumber() - 1);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "ケースA-18");
        Assert.Equal("（表示できません）", row.Cell(2).GetString());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("春野", StringComparison.Ordinal));
        File.Delete(path);
    }

    [Fact]
    public async Task A_bad_intake_is_refused_in_japanese_and_keeps_what_was_typed()
    {
        var window = await OpenAsAsync(server.Server, "houkatsu", Url("/cases/new"));
        await Expect(window.Locator("[data-live=true][data-loaded=true]")).ToBeVisibleAsync();
        await window.GetByLabel("主訴").FillAsync("相談の内容");
        await window.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();

        await Expect(window.GetByRole(AriaRole.Alert)).ToContainTextAsync("本人の氏名を入力してください");
        await Expect(window.GetByLabel("主訴")).ToHaveValueAsync("相談の内容");
        await Expect(window).ToHaveURLAsync(Url("/cases/new"));
    }
}
