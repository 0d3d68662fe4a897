using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Infrastructure.Tests.Feed;

public sealed class InMemoryMeetingFeedTests
{
    private static readonly Guid MeetingA = Guid.NewGuid();
    private static readonly Guid MeetingB = Guid.NewGuid();
    private readonly InMemoryMeetingFeed _feed = new(NullLogger<InMemoryMeetingFeed>.Instance);

    private static JournalEntry[] Entries(Guid meetingId, params long[] sequences) =>
        sequences.Select(s => new JournalEntry(meetingId, s, DateTimeOffset.UnixEpoch, new Actor("a", "A"), new MeetingOpened())).ToArray();

    [Fact]
    public async Task Every_subscriber_of_a_meeting_receives_its_entries_in_order()
    {
        var first = new List<long>();
        var second = new List<long>();
        using var s1 = _feed.Subscribe(MeetingA, es => first.AddRange(es.Select(e => e.Sequence)));
        using var s2 = _feed.Subscribe(MeetingA, es => second.AddRange(es.Select(e => e.Sequence)));

        await _feed.PublishAsync(MeetingA, Entries(MeetingA, 1, 2));
        await _feed.PublishAsync(MeetingA, Entries(MeetingA, 3));

        Assert.Equal([1L, 2L, 3L], first);
        Assert.Equal([1L, 2L, 3L], second);
    }

    [Fact]
    public async Task Subscribers_of_another_meeting_hear_nothing()
    {
        var heard = new List<JournalEntry>();
        using var _ = _feed.Subscribe(MeetingB, heard.AddRange);

        await _feed.PublishAsync(MeetingA, Entries(MeetingA, 1));

        Assert.Empty(heard);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        var heard = new List<JournalEntry>();
        var subscription = _feed.Subscribe(MeetingA, heard.AddRange);
        await _feed.PublishAsync(MeetingA, Entries(MeetingA, 1));

        subscription.Dispose();
        subscription.Dispose();
        await _feed.PublishAsync(MeetingA, Entries(MeetingA, 2));

        Assert.Single(heard);
        Assert.Equal(0, _feed.SubscriberCount(MeetingA));
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var heard = new List<JournalEntry>();
        using var broken = _feed.Subscribe(MeetingA, _ => throw new ObjectDisposedException("circuit"));
        using var healthy = _feed.Subscribe(MeetingA, heard.AddRange);

        await _feed.PublishAsync(MeetingA, Entries(MeetingA, 1));

        Assert.Single(heard);
    }

    [Fact]
    public async Task Subscribing_and_unsubscribing_from_many_threads_keeps_an_exact_count()
    {
        var subscriptions = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => _feed.Subscribe(MeetingA, _ => { }))));
        Assert.Equal(200, _feed.SubscriberCount(MeetingA));

        await Task.WhenAll(subscriptions.Take(150).Select(s => Task.Run(s.Dispose)));

        Assert.Equal(50, _feed.SubscriberCount(MeetingA));
    }
}
