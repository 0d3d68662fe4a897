using System.Diagnostics;
using System.Globalization;

namespace Jusoteki.Bench;

/// <summary>Repeats a measure and reports its median and spread, with the 1-minute load average it was taken under.</summary>
public static class Measure
{
    public static async Task<string> RepeatAsync(int repeats, Func<Task> run)
    {
        await run(); // warm-up, not counted
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return Spread(times);
    }

    /// <summary>"median (min–max)" of figures in milliseconds.</summary>
    public static string Spread(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return "      —";
        var sorted = values.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{sorted[sorted.Count / 2],8:0.0} ms  ({sorted[0]:0.0}–{sorted[^1]:0.0})");
    }

    /// <summary>The <paramref name="percent"/>th percentile (nearest rank) of figures.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
