using System.Diagnostics;
using Jusoteki.E2E;
using Microsoft.Playwright;

namespace Jusoteki.Bench;

/// <summary>
/// The real app as a child process and Debian's Chromium: how long from starting the process to a live board (a fresh
/// database, and a restart on an existing one), and how long an open board takes to be live again after a server restart.
/// "Live" is what the e2e tests wait for: the circuit connected and the board loaded.
/// </summary>
public static class StartupBenchmark
{
    private const string Live = ".board[data-live='true'][data-status='Loaded']";
    private const string UserName = "houkatsu";
    private static readonly TimeSpan HealthPoll = TimeSpan.FromMilliseconds(20);

    /// <param name="publishedFolder">A `dotnet publish` output (e.g. ReadyToRun) to time instead of the Debug build.</param>
    public static async Task RunAsync(int repeats, string? publishedFolder = null)
    {
        Console.WriteLine($"Jusoteki benchmark — start-up and reconnect of {publishedFolder ?? "the build output"} (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        var coldHealth = new List<double>(); var coldBoard = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            await using var fresh = new AppServer(publishedFolder: publishedFolder);
            var clock = Stopwatch.StartNew();
            fresh.Launch();
            await fresh.WaitUntilHealthyAsync(HealthPoll);
            coldHealth.Add(clock.Elapsed.TotalMilliseconds);
            await using var context = await browser.NewContextAsync(new() { Locale = "ja-JP" });
            var page = await context.NewPageAsync();
            await SignIn.SignInToAsync(page, fresh, UserName, DemoMeeting.Url(fresh));
            await page.WaitForSelectorAsync(Live, new() { Timeout = 60_000 });
            coldBoard.Add(clock.Elapsed.TotalMilliseconds);
        }
        Print("cold start, fresh database: process → /health 200", coldHealth);
        Print("cold start, fresh database: process → board live (signing in included)", coldBoard);

        await using var server = new AppServer(publishedFolder: publishedFolder);
        await server.StartAsync();
        await using var signedIn = await browser.NewContextAsync(new() { Locale = "ja-JP" });
        var board = await signedIn.NewPageAsync();
        await SignIn.SignInToAsync(board, server, UserName, DemoMeeting.Url(server));
        await board.WaitForSelectorAsync(Live, new() { Timeout = 60_000 });
        await board.CloseAsync();

        var restartHealth = new List<double>(); var restartPage = new List<double>(); var restartBoard = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            await server.StopAsync();
            var clock = Stopwatch.StartNew();
            server.Launch();
            await server.WaitUntilHealthyAsync(HealthPoll);
            restartHealth.Add(clock.Elapsed.TotalMilliseconds);
            var page = await signedIn.NewPageAsync();
            await page.GotoAsync(DemoMeeting.Url(server));
            restartPage.Add(clock.Elapsed.TotalMilliseconds);
            await page.WaitForSelectorAsync(Live, new() { Timeout = 60_000 });
            restartBoard.Add(clock.Elapsed.TotalMilliseconds);
            await page.CloseAsync();
        }
        Print("restart, existing database: process → /health 200", restartHealth);
        Print("restart, existing database: process → board page loaded (prerendered)", restartPage);
        Print("restart, existing database: process → board live (signed in)", restartBoard);

        var open = await signedIn.NewPageAsync();
        await open.GotoAsync(DemoMeeting.Url(server));
        await open.WaitForSelectorAsync(Live, new() { Timeout = 60_000 });
        var up = new List<double>(); var back = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            await open.EvaluateAsync("() => { window.__beforeRestart = true; }");
            await server.StopAsync();
            await open.Locator("#components-reconnect-modal").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            var clock = Stopwatch.StartNew();
            server.Launch();
            await server.WaitUntilHealthyAsync(HealthPoll);
            var healthy = clock.Elapsed;
            up.Add(healthy.TotalMilliseconds);
            await open.WaitForFunctionAsync($"() => !window.__beforeRestart && document.querySelector(\"{Live}\") !== null",
                null, new() { Timeout = 60_000, PollingInterval = 20 });
            back.Add((clock.Elapsed - healthy).TotalMilliseconds);
        }
        Print("reconnect: process → /health 200", up);
        Print("reconnect: /health 200 → the open board live again", back);
        Console.WriteLine($"median (min–max) of {repeats}; /health polled every {HealthPoll.TotalMilliseconds:0} ms; load average now {Measure.LoadAverage()}.");
    }

    private static void Print(string what, IReadOnlyCollection<double> values) =>
        Console.WriteLine($"{what,-75} {Measure.Spread(values)}");
}
