using System.Diagnostics;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;

namespace Jusoteki.Infrastructure.Tests.Feed;

/// <summary>
/// What every <see cref="IMeetingFeed"/> promises, run against each implementation. <see cref="Here"/> and <see cref="There"/>
/// are the feeds of two server processes (one and the same feed when there is only one process).
/// </summary>
public abstract class MeetingFeedContract
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Guid _meeting = Guid.NewGuid();
    private readonly Guid _other = Guid.NewGuid();

    protected abstract IMeetingFeed Here { get; }

    protected abstract IMeetingFeed There { get; }

    [Fact]
    public async Task Every_subscriber_in_either_process_receives_each_batch_once_and_in_order()
    {
        var here = new Heard();
        var there = new Heard();
        using var s1 = Here.Subscribe(_meeting, here.Add);
        using var s2 = There.Subscribe(_meeting, there.Add);

        await Here.PublishAsync(_meeting, Entries(1, 2));
        await Here.PublishAsync(_meeting, Entries(3));
        for (var s = 4; s <= 30; s++) await Here.PublishAsync(_meeting, Entries(s));
        await SettleAsync();

        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), here.Sequences);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), there.Sequences);
        Assert.Equal(29, there.Batches);
    }

    [Fact]
    public async Task Writers_taking_turns_in_two_processes_are_heard_in_turn_order_by_both()
    {
        var here = new Heard();
        var there = new Heard();
        using var s1 = Here.Subscribe(_meeting, here.Add);
        using var s2 = There.Subscribe(_meeting, there.Add);

        // One writer at a time (the meeting lock): each publishes after the other's publish has returned.
        for (var s = 1; s <= 20; s++) await (s % 2 == 0 ? There : Here).PublishAsync(_meeting, Entries(s));
        await SettleAsync();

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), here.Sequences);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), there.Sequences);
    }

    [Fact]
    public async Task An_entry_arrives_as_it_was_published()
    {
        var there = new Heard();
        using var _ = There.Subscribe(_meeting, there.Add);
        var edited = new JournalEntry(_meeting, 7, new DateTimeOffset(2026, 12, 10, 14, 30, 0, TimeSpan.FromHours(9)),
            new Actor("shakyo", "社協 鈴木"), new SupportPolicyEdited(Guid.NewGuid(), "見守りを継続 \"週1回\"", 3));

        await Here.PublishAsync(_meeting, [edited]);
        await SettleAsync();

        var received = Assert.Single(there.Entries);
        Assert.Equal((edited.MeetingId, edited.Sequence, edited.OccurredAt, edited.Actor), (received.MeetingId, received.Sequence, received.OccurredAt, received.Actor));
        Assert.Equal(edited.Event, received.Event);
    }

    [Fact]
    public async Task Subscribers_of_another_meeting_hear_nothing()
    {
        var here = new Heard();
        var there = new Heard();
        using var s1 = Here.Subscribe(_other, here.Add);
        using var s2 = There.Subscribe(_other, there.Add);

        await Here.PublishAsync(_meeting, Entries(1));
        await SettleAsync();

        Assert.Empty(here.Entries);
        Assert.Empty(there.Entries);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more_in_either_process()
    {
        var here = new Heard();
        var there = new Heard();
        var s1 = Here.Subscribe(_meeting, here.Add);
        var s2 = There.Subscribe(_meeting, there.Add);
        await Here.PublishAsync(_meeting, Entries(1));
        await SettleAsync();

        s1.Dispose();
        s2.Dispose();
        s2.Dispose();
        await Here.PublishAsync(_meeting, Entries(2));
        await SettleAsync();

        Assert.Equal([1L], here.Sequences);
        Assert.Equal([1L], there.Sequences);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var there = new Heard();
        using var broken = There.Subscribe(_meeting, _ => throw new ObjectDisposedException("circuit"));
        using var healthy = There.Subscribe(_meeting, there.Add);

        await Here.PublishAsync(_meeting, Entries(1));
        await Here.PublishAsync(_meeting, Entries(2));
        await SettleAsync();

        Assert.Equal([1L, 2L], there.Sequences);
    }

    [Fact]
    public async Task A_subscriber_that_joined_late_sees_a_gap_before_its_first_entry()
    {
        await Here.PublishAsync(_meeting, Entries(1, 2));
        await SettleAsync();
        var there = new Heard();
        using var _ = There.Subscribe(_meeting, there.Add);

        await Here.PublishAsync(_meeting, Entries(3));
        await SettleAsync();

        // Best effort: what was published before it subscribed never reaches it; the gap (3 after 0) is what sends it to the journal.
        Assert.Equal([3L], there.Sequences);
    }

    /// <summary>Returns once everything published so far has been delivered in both processes.</summary>
    protected virtual Task SettleAsync() => Task.CompletedTask;

    protected JournalEntry[] Entries(params long[] sequences) => Entries(_meeting, sequences);

    protected static JournalEntry[] Entries(Guid meetingId, params long[] sequences) =>
        [.. sequences.Select(s => new JournalEntry(meetingId, s, DateTimeOffset.UnixEpoch, new Actor("a", "A"), new FocusChanged(null)))];

    protected static async Task Until(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > Patience) throw new TimeoutException("The feed did not deliver in time.");
            await Task.Delay(10);
        }
    }

    /// <summary>What one subscriber heard, safe to read while the feed delivers on another thread.</summary>
    protected sealed class Heard
    {
        private readonly List<JournalEntry> _entries = [];
        private int _batches;

        public int Batches => Volatile.Read(ref _batches);

        public IReadOnlyList<JournalEntry> Entries
        {
            get { lock (_entries) return [.. _entries]; }
        }

        public IReadOnlyList<long> Sequences => [.. Entries.Select(e => e.Sequence)];

        public void Add(IReadOnlyList<JournalEntry> batch)
        {
            lock (_entries) _entries.AddRange(batch);
            Interlocked.Increment(ref _batches);
        }
    }
}
