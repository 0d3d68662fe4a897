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
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2],8:0.0} ms  ({times[0]:0.0}–{times[^1]:0.0})");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
