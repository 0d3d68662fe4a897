using System.Globalization;
using System.Net.Http.Json;
using Jusoteki.E2E;
using Microsoft.Playwright;

namespace Jusoteki.Bench;

/// <summary>
/// Memory per open board (bench --memory): the real app as its own process, N real Chromium pages on the December 支援会議's
/// board, each signed in as one of its participants in turn (the real case: several people in one meeting, some with more
/// than one tab), and the server's managed heap after a settled GC and its RSS (the app's /diagnostics/memory, on only here).
/// </summary>
public static class MemoryBenchmark
{
    private const string DemoPassword = "midori-demo-2026";
    private const string BoardPath = "/meetings/5d1c0a7e-2026-4c10-8a12-000000001210";

    /// <summary>The December 支援会議's participants (MidoriCityDemo): the police are invited for one case only (C9).</summary>
    private static readonly string[] Participants =
        ["gicho", "jimukyoku", "houkatsu", "shougai", "kodomo", "seikatsu", "shakyo", "minsei", "hoken", "shidou", "police"];

    /// <param name="gcdumpFolder">When given, a dotnet-gcdump of the server at each count goes there (the tool must be installed).</param>
    /// <param name="inSession">The chair opens the meeting on the first board, so that every board is measured as during the discussion
    /// (the roll call folded away) rather than while the meeting is prepared.</param>
    public static async Task<int> RunAsync(int[] counts, string? gcdumpFolder = null, bool inSession = false)
    {
        Console.WriteLine($"Jusoteki benchmark — memory per open board{(inSession ? ", the meeting in session" : ", the meeting being prepared")} (load average {Measure.LoadAverage()}, {Environment.ProcessorCount} cores)");
        await using var server = new AppServer(new Dictionary<string, string> { ["Jusoteki__Diagnostics"] = "true" });
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
        });

        var idle = await ReadAsync(http);
        Console.WriteLine($"{"boards",6} | {"managed heap",14} | {"RSS",10} | load average");
        Print(0, idle);
        var contexts = new Dictionary<string, IBrowserContext>();
        var points = new List<(int Boards, MemoryReading Reading)>();
        var open = 0;
        foreach (var count in counts.Order())
        {
            for (; open < count; open++)
            {
                var page = await OpenBoardAsync(browser, contexts, server.BaseUrl, Participants[open % Participants.Length]);
                if (open == 0 && inSession)
                {
                    // Participants[0] is the chair (議長).
                    await page.GetByRole(AriaRole.Button, new() { Name = "開会する" }).ClickAsync();
                    await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("開会中");
                }
            }
            var reading = await ReadAsync(http);
            points.Add((count, reading));
            Print(count, reading);
            if (gcdumpFolder is not null) await GcDumpAsync(reading.ProcessId, Path.Combine(gcdumpFolder, $"boards-{count}.gcdump"));
        }
        var heap = Slope(points.Select(p => (p.Boards, (double)p.Reading.ManagedHeapBytes)));
        var rss = Slope(points.Select(p => (p.Boards, (double)p.Reading.ResidentSetBytes)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"managed heap and RSS per open board (slope; force a settled GC): {heap / 1024:0} KB and {rss / 1024:0} KB (load average {Measure.LoadAverage()})"));
        foreach (var context in contexts.Values) await context.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// One more tab on the board: the participant's first signs in (the login page lands on the board), later ones share its
    /// cookie. Waits until the circuit is live and the board loaded, as the e2e tests do.
    /// </summary>
    private static async Task<IPage> OpenBoardAsync(IBrowser browser, Dictionary<string, IBrowserContext> contexts, string baseUrl, string userName)
    {
        IPage page;
        if (!contexts.TryGetValue(userName, out var context))
        {
            context = await browser.NewContextAsync(new() { Locale = "ja-JP", TimezoneId = "Asia/Tokyo" });
            contexts[userName] = context;
            page = await context.NewPageAsync();
            await page.GotoAsync($"{baseUrl}/account/login?returnUrl={Uri.EscapeDataString(BoardPath)}");
            await page.GetByLabel("ユーザー名").FillAsync(userName);
            await page.GetByLabel("パスワード").FillAsync(DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        }
        else
        {
            page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + BoardPath);
        }
        await page.Locator(".board[data-live='true'][data-status='Loaded']").WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    private static async Task GcDumpAsync(int processId, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        using var dump = System.Diagnostics.Process.Start(File.Exists(tool) ? tool : "dotnet-gcdump", ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file])
            ?? throw new InvalidOperationException("Could not start dotnet-gcdump.");
        await dump.WaitForExitAsync();
        Console.WriteLine($"       gcdump: {file} (exit {dump.ExitCode})");
    }

    private static async Task<MemoryReading> ReadAsync(HttpClient http) =>
        await http.GetFromJsonAsync<MemoryReading>("/diagnostics/memory") ?? throw new InvalidOperationException("No memory reading.");

    private static void Print(int boards, MemoryReading reading) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{boards,6} | {reading.ManagedHeapBytes / 1048576.0,11:0.0} MB | {reading.ResidentSetBytes / 1048576.0,7:0.0} MB | {Measure.LoadAverage()}"));

    /// <summary>Least-squares slope of bytes against the number of open boards.</summary>
    private static double Slope(IEnumerable<(int X, double Y)> points)
    {
        var list = points.ToList();
        var (mx, my) = (list.Average(p => p.X), list.Average(p => p.Y));
        var covariance = list.Sum(p => (p.X - mx) * (p.Y - my));
        var variance = list.Sum(p => (p.X - mx) * (p.X - mx));
        return variance == 0 ? double.NaN : covariance / variance;
    }

    /// <summary>The app's answer (Jusoteki.Web.Diagnostics.MemoryReading), read back.</summary>
    private sealed record MemoryReading(long ManagedHeapBytes, long ResidentSetBytes, int ProcessId);
}
