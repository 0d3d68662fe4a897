using System.Globalization;

namespace Jusoteki.Web.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/memory</c> for the benchmark (bench --memory): the managed heap after a settled GC and the process's RSS.
/// Mapped only when configuration <c>Jusoteki:Diagnostics</c> is true (never by default) and answers only loopback callers.
/// </summary>
public static class MemoryDiagnostics
{
    public const string Path = "/diagnostics/memory";

    public const string SettingKey = "Jusoteki:Diagnostics";

    public static WebApplication MapMemoryDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue(SettingKey, defaultValue: false)) return app;
        app.MapGet(Path, (HttpContext http) =>
        {
            if (http.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote)) return Results.NotFound();
            return Results.Json(Read());
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Collects twice around the finalizers, so that what the finalizers released is gone too, then reads.</summary>
    public static MemoryReading Read()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new MemoryReading(GC.GetTotalMemory(forceFullCollection: false), ResidentSetBytes(), Environment.ProcessId);
    }

    /// <summary>VmRSS of /proc/self/status in bytes; 0 where there is no /proc (not Linux).</summary>
    public static long ResidentSetBytes()
    {
        const string file = "/proc/self/status";
        if (!File.Exists(file)) return 0;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (line is null) return 0;
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}

/// <summary>What <see cref="MemoryDiagnostics"/> answers; <see cref="ProcessId"/> lets the benchmark take a heap dump of the same process.</summary>
public sealed record MemoryReading(long ManagedHeapBytes, long ResidentSetBytes, int ProcessId);
