using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jusoteki.Testing;

/// <summary>
/// A private redis-server on 127.0.0.1 for one test run: a free port, no persistence, killed on dispose. BCL only, so
/// that the infrastructure tests, the e2e tests and the benchmark link this same file. Fails with a clear message when
/// redis-server is not installed (./test.sh installs it with apt).
/// </summary>
public sealed class RedisServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server (what <c>Jusoteki:Redis</c> holds).</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts a server and returns once it answers PING.</summary>
    public static RedisServer Start()
    {
        var executable = Find("redis-server") ?? throw new InvalidOperationException(
            "redis-server was not found on PATH. Install it (apt-get install -y redis-server; ./test.sh does this when run as root).");
        // A port can be taken between asking for it and the server binding it: try a few.
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var server = new RedisServer(Launch(executable, port), port);
            try
            {
                server.WaitUntilReady();
                return server;
            }
            catch (Exception e)
            {
                last = e;
                server.Dispose();
            }
        }
        throw new InvalidOperationException("redis-server did not start.", last);
    }

    /// <summary>The environment of a child process that should use this server (e.g. a Jusoteki.Web instance).</summary>
    public KeyValuePair<string, string> EnvironmentVariable => new("Jusoteki__Redis", Configuration);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        _process.Dispose();
    }

    private static Process Launch(string executable, int port)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("redis-server could not be started.");
    }

    private void WaitUntilReady()
    {
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited) break;
            if (Pong()) return;
            Thread.Sleep(50); // polling a condition (the server answering), not a fixed wait
        }
        string output;
        lock (_output) output = _output.ToString();
        throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within {StartTimeout.TotalSeconds} s. Its output:\n{output}");
    }

    private bool Pong()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.ReadTimeout = 1000;
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer, 0, buffer.Length);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin", "/usr/sbin"])
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
