using System.Diagnostics;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>Waits on a condition that another server's message makes true (never a fixed sleep).</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string what, TimeSpan? patience = null)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > (patience ?? TimeSpan.FromSeconds(10))) throw new TimeoutException($"Not in time: {what}.");
            await Task.Delay(10);
        }
    }
}
