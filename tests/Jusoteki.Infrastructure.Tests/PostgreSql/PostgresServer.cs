using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jusoteki.Testing.PostgreSql;

/// <summary>
/// A private PostgreSQL cluster for tests: initdb in a temporary folder, pg_ctl start on a free loopback port, a fresh
/// database per test, stopped and deleted on dispose — never the system cluster. Self-contained (BCL and Npgsql only) so
/// that the infrastructure tests, e2e and the benchmark link the same file. The binaries are looked for in
/// JUSOTEKI_PG_BIN, else the newest /usr/lib/postgresql/*/bin; missing binaries are an error, not a skip.
/// As root (initdb refuses root) the cluster runs as the <c>postgres</c> user through runuser.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SystemUser = "postgres";
    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartSharedAsync);

    private readonly string _bin;
    private readonly bool _asPostgresUser;
    private int _stopped;

    private PostgresServer(string bin, string folder, int port, bool asPostgresUser) =>
        (_bin, Folder, Port, _asPostgresUser) = (bin, folder, port, asPostgresUser);

    /// <summary>The temporary folder holding the cluster (data/), its log and its socket.</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>The server's log, for a failure message.</summary>
    public string LogPath => Path.Combine(Folder, "postgres.log");

    /// <summary>One cluster for the whole test run (this process), started on first use and stopped when the process exits.</summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    /// <summary>The connection string of <paramref name="database"/> on this cluster (trust authentication, loopback only).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = SystemUser, Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates an empty database with a new name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t", CancellationToken ct = default)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync(ct);
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever connections are still open to it.</summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken ct = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var pooled = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(pooled);
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Starts a new private cluster; the caller disposes it (stop and delete).</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var bin = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        SweepStopped();
        var folder = Path.Combine(Path.GetTempPath(), "jusoteki-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (asPostgresUser) await RunAsync("chown", [SystemUser, folder], ct);
        var data = Path.Combine(folder, "data");
        var server = (PostgresServer?)null;
        try
        {
            await RunAsync(bin, asPostgresUser, "initdb", ["-D", data, "-U", SystemUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], ct);
            // A port taken between our probe and the server's bind fails the start: try another.
            for (var attempt = 1; ; attempt++)
            {
                var port = FreeLoopbackPort();
                server = new PostgresServer(bin, folder, port, asPostgresUser);
                try
                {
                    await RunAsync(bin, asPostgresUser, "pg_ctl", ["-D", data, "-l", server.LogPath, "-w", "-t", "60", "-o",
                        $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                        "start"], ct);
                    server.StartWatchdog();
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                }
            }
        }
        catch
        {
            if (server is not null) await server.DisposeAsync();
            else TryDelete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(_bin, _asPostgresUser, "pg_ctl", ["-D", Path.Combine(Folder, "data"), "-m", "fast", "-w", "stop"], CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Not running (it never started, or was stopped): nothing to stop.
        }
        TryDelete(Folder);
    }

    // A test host is often killed right after its last test, before it can stop anything: a detached shell (not a child
    // of this process, so not killed with it) waits for this process to end, then stops the cluster and deletes its folder.
    private void StartWatchdog()
    {
        var runAs = _asPostgresUser ? $"runuser -u {SystemUser} -- " : "";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
            $"{runAs}'{Path.Combine(_bin, "pg_ctl")}' -D '{Path.Combine(Folder, "data")}' -m fast -w stop; rm -rf '{Folder}'";
        var start = new ProcessStartInfo("sh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "setsid sh -c \"$1\" >/dev/null 2>&1 </dev/null &", "sh", script }) start.ArgumentList.Add(argument);
        using var launcher = Process.Start(start) ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog.");
        launcher.WaitForExit();
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var server = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("JUSOTEKI_PG_BIN") is { Length: > 0 } configured)
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured
                : throw new InvalidOperationException($"JUSOTEKI_PG_BIN={configured} has no pg_ctl.");
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL's server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin: the PostgreSQL tests need them. " +
            "Install them with `apt-get install -y postgresql` (./test.sh does so as root), or point JUSOTEKI_PG_BIN at their folder.");
    }

    // Folders of earlier runs whose cluster shut down but was not deleted (a killed host); one being set up has no log yet,
    // a running one has its postmaster.pid: neither is touched.
    private static void SweepStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "jusoteki-pg-*"))
        {
            var log = Path.Combine(folder, "postgres.log");
            try
            {
                if (File.Exists(log) && !File.Exists(Path.Combine(folder, "data", "postmaster.pid"))
                    && File.ReadLines(log).LastOrDefault()?.EndsWith("database system is shut down", StringComparison.Ordinal) == true)
                    TryDelete(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static Task RunAsync(string bin, bool asPostgresUser, string tool, string[] arguments, CancellationToken ct) =>
        asPostgresUser
            ? RunAsync("runuser", ["-u", SystemUser, "--", Path.Combine(bin, tool), .. arguments], ct)
            : RunAsync(Path.Combine(bin, tool), arguments, ct);

    private static async Task RunAsync(string file, string[] arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static void TryDelete(string folder)
    {
        // A server process may still be closing files: a few attempts.
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
