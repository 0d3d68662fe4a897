using System.Diagnostics;
using Jusoteki.Testing;
using Jusoteki.Testing.PostgreSql;

namespace Jusoteki.E2E;

/// <summary>
/// Two app instances on one PostgreSQL database (of the run's private cluster) and one private redis-server, with the YARP proxy in front, as
/// scripts/cluster.sh runs them (docs/cluster.md): instance A seeds the demo, B starts once A is healthy.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _auditKeys = Path.Combine(Path.GetTempPath(), "jusoteki-e2e", "audit-" + Guid.NewGuid().ToString("N"));
    private PostgresServer? _postgres;
    private string? _database;
    private RedisServer? _redis;

    public AppServer A { get; private set; } = null!;
    public AppServer B { get; private set; } = null!;
    public ProxyServer Proxy { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.SharedAsync();
        _database = await _postgres.CreateDatabaseAsync("cluster");
        _redis = RedisServer.Start();
        Directory.CreateDirectory(_auditKeys);
        var settings = new Dictionary<string, string>
        {
            ["Jusoteki__Database"] = "PostgreSQL",
            ["ConnectionStrings__Jusoteki"] = _database,
            [_redis.EnvironmentVariable.Key] = _redis.EnvironmentVariable.Value,
            ["Jusoteki__AuditKeyFolder"] = _auditKeys,
            ["Jusoteki__TrustedProxies"] = "127.0.0.1",
        };
        A = new AppServer(settings);
        B = new AppServer(settings);
        await A.StartAsync();
        await B.StartAsync();
        Proxy = new ProxyServer(A, B);
        await Proxy.StartAsync();
    }

    /// <summary>
    /// Waits until an unsaved draft holding <paramref name="marker"/> (ASCII: drafts are stored as JSON) is in Redis, where
    /// any instance finds it (RedisDraftKeeper writes without waiting, so a test must wait before it stops an instance).
    /// </summary>
    public async Task WaitUntilDraftKeptAsync(string marker)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            foreach (var key in (await RedisCliAsync("--scan", "--pattern", "jusoteki:drafts:*")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                if ((await RedisCliAsync("hvals", key)).Contains(marker)) return;
            await Task.Delay(50); // polling a condition, not sleeping for a result
        }
        throw new TimeoutException($"No draft holding {marker} reached Redis within 15 s.");
    }

    private async Task<string> RedisCliAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", _redis!.Port.ToString(), "--raw" }.Concat(arguments)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    public async Task DisposeAsync()
    {
        if (Proxy is not null) await Proxy.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
        _redis?.Dispose();
        if (_postgres is not null && _database is not null) await _postgres.DropDatabaseAsync(_database);
        try { Directory.Delete(_auditKeys, recursive: true); } catch (IOException) { }
    }
}
