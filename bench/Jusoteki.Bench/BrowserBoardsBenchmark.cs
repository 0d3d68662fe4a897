using System.Globalization;
using Jusoteki.E2E;
using Microsoft.Playwright;

namespace Jusoteki.Bench;

/// <summary>
/// One editor and nine boards in real browsers: the real app as its own process (e2e's AppServer), ten members of the December
/// 支援会議 each in a chromium page, pledged and looking at the same case. The chair edits 支援方針; each of the nine other pages
/// notes (a MutationObserver, the page's own clock) when the text is on its screen, against the moment of the save click.
/// </summary>
public static class BrowserBoardsBenchmark
{
    private static readonly string[] Viewers = ["jimukyoku", "houkatsu", "shougai", "shakyo", "minsei", "kodomo", "seikatsu", "hoken", "shidou"];
    private const string Editor = "gicho";
    private const string Case = "ケースA-03";

    public static async Task<int> RunAsync(int viewers, int edits)
    {
        Console.WriteLine($"Jusoteki benchmark — ブラウザの会議画面 1 + {viewers} (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        await using var server = new AppServer();
        await server.StartAsync();
        await DemoMeeting.OpenAsync(server);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });

        var editor = await OpenBoardAsync(browser, server, Editor);
        var boards = new List<BoardPage>();
        foreach (var user in Viewers.Take(viewers))
        {
            var board = await OpenBoardAsync(browser, server, user);
            await board.ShowAsync(Case);
            boards.Add(board);
        }
        // The save click's moment, on the editor's clock (every page runs on this machine's one clock).
        await editor.Page.EvaluateAsync("() => document.addEventListener('click', () => window.__clickedAt = Date.now(), true)");

        var latencies = new List<double>();
        for (var i = 0; i <= edits; i++)
        {
            var text = $"訪問の結果を次回の会議で確認する（ベンチマーク {i}）";
            foreach (var board in boards) await board.Page.EvaluateAsync(WatchScript, text);
            await editor.EditSupportPolicyAsync(Case, text);
            var clickedAt = await editor.Page.EvaluateAsync<double>("() => window.__clickedAt");
            foreach (var board in boards)
            {
                await board.Page.WaitForFunctionAsync("() => window.__seenAt !== null", null, new() { Timeout = 30_000 });
                var seenAt = await board.Page.EvaluateAsync<double>("() => window.__seenAt");
                if (i > 0) latencies.Add(seenAt - clickedAt); // the first edit warms up
            }
        }
        latencies.Sort();
        string At(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)].ToString("0", CultureInfo.InvariantCulture);
        Console.WriteLine($"save click → text on each other screen: p50 {At(0.50)} ms, p99 {At(0.99)} ms, max {latencies[^1]:0} ms ({latencies.Count} arrivals: {edits} edits × {boards.Count} boards)");
        return 0;
    }

    // Resets and watches this page for the text, noting the moment it is first on screen.
    private const string WatchScript = """
        text => {
          window.__seenAt = null;
          window.__watch?.disconnect();
          const check = () => {
            if (window.__seenAt === null && [...document.querySelectorAll('[data-testid=support-policy]')].some(e => e.textContent.includes(text)))
              window.__seenAt = Date.now();
          };
          window.__watch = new MutationObserver(check);
          window.__watch.observe(document.body, { subtree: true, childList: true, characterData: true });
          check();
        }
        """;

    private static async Task<BoardPage> OpenBoardAsync(IBrowser browser, AppServer server, string user)
    {
        var context = await browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await SignIn.SignInToAsync(page, server, user, DemoMeeting.Url(server));
        var board = new BoardPage(page);
        await board.WaitUntilLiveAsync();
        // A member with a standing pledge for the 年度 (the demo's 民生委員) has no pledge to make.
        await board.ExpandRollCallAsync();
        if (await page.GetByRole(AriaRole.Button, new() { Name = "守秘義務を誓約する" }).CountAsync() > 0) await board.PledgeAsync();
        return board;
    }
}
