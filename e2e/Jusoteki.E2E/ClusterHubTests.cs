using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jusoteki.Testing;

namespace Jusoteki.E2E;

/// <summary>
/// Two real servers on one SQLite file and one private redis-server (Jusoteki__Redis): a hub client on one receives an edit
/// made on the other exactly once, and a sign-in cookie from one opens the other (the Data Protection keys are in Redis).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterHubTests : IAsyncLifetime
{
    private static readonly Guid December = Guid.Parse(DemoMeeting.Id);
    private static readonly Guid CaseA01 = DemoId("case/A-01");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-e2e", "cluster-" + Guid.NewGuid().ToString("N"));
    private RedisServer? _redis;
    private AppServer? _a;
    private AppServer? _b;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _redis = RedisServer.Start();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Jusoteki"] = $"Data Source={Path.Combine(_folder, "cluster.db")}",
            [_redis.EnvironmentVariable.Key] = _redis.EnvironmentVariable.Value,
        };
        _a = new AppServer(settings);
        await _a.StartAsync();
        _b = new AppServer(settings);
        await _b.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_b is not null) await _b.DisposeAsync();
        if (_a is not null) await _a.DisposeAsync();
        _redis?.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_hub_client_on_one_server_receives_each_edit_made_on_the_other_exactly_once()
    {
        await DemoMeeting.OpenAsync(_a!);
        var cookies = new CookieContainer();
        await HubClient.SignInAsync(_a!, cookies, "minsei");
        await using var onA = await HubClient.ConnectWithAsync(_a!, cookies);
        // The cookie signed on A, presented to B.
        await using var onB = await HubClient.ConnectWithAsync(_b!, cookies);
        var board = await onA.InvokeAsync("JoinMeeting", December);
        await onB.InvokeAsync("JoinMeeting", December);
        var version = board.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == CaseA01)
            .GetProperty("supportPolicy").GetProperty("version").GetInt32();

        var first = (await onB.InvokeAsync("EditSupportPolicy", December, CaseA01, "二台目のサーバーで記録した方針", version)).GetInt64();
        var second = (await onB.InvokeAsync("EditSupportPolicy", December, CaseA01, "二台目のサーバーで直した方針", version + 1)).GetInt64();
        await WaitUntil(() => Count(onA.Received, second) == 1);

        Assert.Equal(first + 1, second);
        Assert.Equal(1, Count(onA.Received, first));
        Assert.Equal(1, Count(onA.Received, second));
        Assert.Contains("二台目のサーバーで直した方針", onA.Received);
        Assert.Null(onA.ClosedWith);
    }

    // Journal entries carry "sequence":N; the board's own numbers are named otherwise (lastSequence).
    private static int Count(string received, long sequence) =>
        Regex.Matches(received, $"\"sequence\":{sequence}[,}}]").Count;

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition was not met within 15 s.");
            await Task.Delay(50); // polling a condition, not sleeping for a result
        }
    }

    // Same derivation as DemoIds in Infrastructure: MD5 of the readable key.
    private static Guid DemoId(string key) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));
}
