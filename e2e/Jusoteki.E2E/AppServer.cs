using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jusoteki.E2E;

/// <summary>
/// The real app, as its own process on Kestrel, bound to a free 127.0.0.1 port with a SQLite file in a temporary folder.
/// It can be stopped and started again on the same port and database, as after a server restart.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "jusoteki-e2e", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _process;

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string? _publishedFolder;

    /// <param name="settings">Extra configuration, as environment variables (e.g. Jusoteki__IdleLockMinutes).</param>
    /// <param name="publishedFolder">A `dotnet publish` output to run instead of the build output (the benchmark's ReadyToRun start-up).</param>
    public AppServer(IReadOnlyDictionary<string, string>? settings = null, string? publishedFolder = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _publishedFolder = publishedFolder;
        Directory.CreateDirectory(_dataFolder);
        Port = FreePort();
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string DatabasePath => Path.Combine(_dataFolder, "e2e.db");

    /// <summary>What the server printed, for the failure message of a test.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public async Task StartAsync()
    {
        Launch();
        await WaitUntilHealthyAsync();
    }

    /// <summary>Starts the process without waiting for it (the benchmark times what follows).</summary>
    public void Launch()
    {
        var web = _publishedFolder ?? WebProject();
        var dll = _publishedFolder is null ? Path.Combine(web, "bin", BuildConfiguration(), "net10.0", "Jusoteki.Web.dll") : Path.Combine(web, "Jusoteki.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build (or publish) first: {dll} is missing.");

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", BaseUrl, "--contentRoot", web },
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development: serves the static assets (MudBlazor, blazor.web.js) straight from the build output, as `dotnet run` does.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Jusoteki"] = $"Data Source={DatabasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in _settings) start.Environment[key] = value;

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Polls /health every <paramref name="interval"/> (200 ms unless given) until it answers 200.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan? interval = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
            try
            {
                var response = await http.GetAsync($"{BaseUrl}/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(200)); // polling a condition, not sleeping for a result
        }
        throw new TimeoutException($"The app did not become healthy within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string WebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jusoteki.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Jusoteki.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "src", "Jusoteki.Web");
    }

    // e2e/Jusoteki.E2E/bin/<Configuration>/net10.0/ — the app is built with the same configuration.
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
}
