using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jusoteki.E2E;

/// <summary>
/// The real Jusoteki.Proxy (YARP) as its own process on a free 127.0.0.1 port, in front of the given instances: destination
/// ids "a", "b" … in the order given, as scripts/cluster.sh names them.
/// </summary>
public sealed class ProxyServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private readonly IReadOnlyList<AppServer> _instances;
    private Process? _process;

    public ProxyServer(params AppServer[] instances)
    {
        _instances = instances;
        Port = FreePort();
        ListenUrl = $"http://127.0.0.1:{Port}";
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>What the proxy is told to listen on (<c>--urls</c>): its loopback address unless a test asks for another.</summary>
    public string ListenUrl { get; init; }

    /// <summary>The destination id of an instance, as the proxy's X-Jusoteki-Instance header names it.</summary>
    public string IdOf(AppServer instance) => ((char)('a' + _instances.ToList().IndexOf(instance))).ToString();

    public AppServer InstanceOf(string id) => _instances[id[0] - 'a'];

    public string Output { get { lock (_output) return _output.ToString(); } }

    public async Task StartAsync()
    {
        var project = Path.Combine(SolutionFolder(), "src", "Jusoteki.Proxy");
        var dll = Path.Combine(project, "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "Jusoteki.Proxy.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", ListenUrl },
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        for (var i = 0; i < _instances.Count; i++)
            start.Environment[$"ReverseProxy__Clusters__jusoteki__Destinations__{IdOf(_instances[i])}__Address"] = _instances[i].BaseUrl + "/";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the proxy.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // until its output has been read to the end
                throw new InvalidOperationException($"The proxy exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/proxy-health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200); // polling a condition, not sleeping for a result
        }
        throw new TimeoutException($"The proxy did not answer within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static string SolutionFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jusoteki.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jusoteki.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
