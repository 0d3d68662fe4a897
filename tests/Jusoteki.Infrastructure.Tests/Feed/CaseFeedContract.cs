using System.Diagnostics;
using Jusoteki.Infrastructure.Feed;

namespace Jusoteki.Infrastructure.Tests.Feed;

/// <summary>What every <see cref="ICaseFeed"/> promises, run against each implementation, in two processes (<see cref="Here"/>, <see cref="There"/>).</summary>
public abstract class CaseFeedContract
{
    private static readonly Guid Meeting = Guid.NewGuid();

    protected abstract ICaseFeed Here { get; }

    protected abstract ICaseFeed There { get; }

    [Fact]
    public async Task Every_subscriber_in_either_process_hears_each_change_once_and_in_order()
    {
        var here = new List<CaseChanged>();
        var there = new List<CaseChanged>();
        using var s1 = Here.Subscribe(c => { lock (here) here.Add(c); });
        using var s2 = There.Subscribe(c => { lock (there) there.Add(c); });
        var changes = Enumerable.Range(0, 20).Select(i => new CaseChanged(Guid.NewGuid(), i % 2 == 0 ? Meeting : null)).ToList();

        foreach (var (change, i) in changes.Select((c, i) => (c, i))) await (i % 3 == 0 ? There : Here).PublishAsync(change);
        var last = new CaseChanged(Guid.NewGuid(), null);
        await Here.PublishAsync(last);
        await There.PublishAsync(last);
        await Until(() => Count(here, last) == 2 && Count(there, last) == 2);

        lock (here) Assert.Equal([.. changes, last, last], here);
        lock (there) Assert.Equal([.. changes, last, last], there);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        var gone = new List<CaseChanged>();
        var staying = new List<CaseChanged>();
        var subscription = There.Subscribe(c => { lock (gone) gone.Add(c); });
        using var _ = There.Subscribe(c => { lock (staying) staying.Add(c); });
        subscription.Dispose();

        var change = new CaseChanged(Guid.NewGuid(), null);
        await Here.PublishAsync(change);
        await Until(() => Count(staying, change) == 1);

        Assert.Empty(gone);
    }

    private static int Count(List<CaseChanged> heard, CaseChanged change)
    {
        lock (heard) return heard.Count(c => c == change);
    }

    private static async Task Until(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("The case feed did not deliver in time.");
            await Task.Delay(10);
        }
    }
}
