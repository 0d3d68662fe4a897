using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// After a server restart an open board comes back by itself, soon after the server answers: Blazor retries every 250 ms
/// in the first minute, and a circuit the new server does not know makes the page reload. Measures server-back → page-live.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser)
{
    // Generous for a shared 2-core machine; Blazor's default schedule (retry after 5 s, then 30 s) does not make it.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(4);

    private readonly AppServer _server = new();
    public override Task InitializeAsync() => _server.StartAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task An_open_board_is_live_again_within_seconds_of_the_server_answering_after_a_restart()
    {
        var board = new BoardPage(await OpenAsAsync(_server, "houkatsu", DemoMeeting.Url(_server)));
        await board.WaitUntilLiveAsync();
        // Marks this page load (a board without the mark is a fresh one, after the reload) and notes when each retry begins.
        await board.Page.EvaluateAsync(@"() => {
            window.__beforeRestart = true;
            window.__attempts = {};
            document.getElementById('components-reconnect-modal').addEventListener('components-reconnect-state-changed', e => {
                if (e.detail.state === 'retrying' && !(e.detail.currentAttempt in window.__attempts)) window.__attempts[e.detail.currentAttempt] = performance.now();
            });
        }");

        await _server.StopAsync();
        var modal = board.Page.Locator("#components-reconnect-modal");
        await Expect(modal).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(modal).ToContainTextAsync("サーバーに再接続しています");
        // The server stays down for a dozen retries: Blazor's default would by then wait 5 s between them, then 30 s.
        await board.Page.WaitForFunctionAsync("() => Object.keys(window.__attempts).length > 0 && Math.max(...Object.keys(window.__attempts).map(Number)) >= 12",
            null, new() { Timeout = 60_000, PollingInterval = 100 });
        var attempts = await board.Page.EvaluateAsync<Dictionary<string, double>>("() => window.__attempts");
        var gaps = attempts.Select(a => (Attempt: int.Parse(a.Key), At: a.Value)).OrderBy(a => a.Attempt).Zip(attempts.Select(a => (Attempt: int.Parse(a.Key), At: a.Value)).OrderBy(a => a.Attempt).Skip(1))
            .Select(p => p.Second.At - p.First.At).ToList();
        output.WriteLine($"retry gaps (ms): {string.Join(", ", gaps.Select(g => g.ToString("F0")))}");
        Assert.All(gaps, gap => Assert.True(gap < 2_000, $"Retries {gap:F0} ms apart while the server is down (every 250 ms is expected in the first minute)."));

        await _server.StartAsync();
        var back = Stopwatch.StartNew();
        await board.Page.WaitForFunctionAsync(
            "() => !window.__beforeRestart && document.querySelector(\".board[data-live='true'][data-status='Loaded']\") !== null",
            null, new() { Timeout = 60_000, PollingInterval = 50 });
        back.Stop();

        output.WriteLine($"server back → board live: {back.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"[reconnect] server back → board live: {back.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(back.Elapsed < Bound, $"The board took {back.Elapsed.TotalSeconds:F1} s to come back after the server answered (bound {Bound.TotalSeconds} s).");
        await Expect(modal).Not.ToBeVisibleAsync();
    }
}
