using System.Collections.Concurrent;
using System.Collections.Immutable;
using Jusoteki.Domain.Meetings;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Infrastructure.Feed;

/// <summary>The feed for one server process. Several servers would need a shared feed (e.g. Redis) behind the same interface.</summary>
public sealed class InMemoryMeetingFeed(ILogger<InMemoryMeetingFeed> logger) : IMeetingFeed
{
    private readonly ConcurrentDictionary<Guid, ImmutableList<Subscription>> _subscriptions = new();

    public IDisposable Subscribe(Guid meetingId, Action<IReadOnlyList<JournalEntry>> onEntries)
    {
        ArgumentNullException.ThrowIfNull(onEntries);
        var subscription = new Subscription(this, meetingId, onEntries);
        _subscriptions.AddOrUpdate(meetingId, _ => [subscription], (_, list) => list.Add(subscription));
        return subscription;
    }

    public Task PublishAsync(Guid meetingId, IReadOnlyList<JournalEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0 || !_subscriptions.TryGetValue(meetingId, out var subscribers)) return Task.CompletedTask;
        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber.OnEntries(entries);
            }
            catch (Exception e)
            {
                // One broken subscriber (e.g. a circuit being torn down) must not stop the others from hearing the meeting.
                logger.LogWarning(e, "A subscriber of meeting {MeetingId} failed to take entries.", meetingId);
            }
        }
        return Task.CompletedTask;
    }

    public int SubscriberCount(Guid meetingId) => _subscriptions.TryGetValue(meetingId, out var list) ? list.Count : 0;

    private void Remove(Subscription subscription) =>
        _subscriptions.AddOrUpdate(subscription.MeetingId, _ => [], (_, list) => list.Remove(subscription));

    private sealed class Subscription(InMemoryMeetingFeed feed, Guid meetingId, Action<IReadOnlyList<JournalEntry>> onEntries) : IDisposable
    {
        private int _disposed;
        public Guid MeetingId { get; } = meetingId;
        public Action<IReadOnlyList<JournalEntry>> OnEntries { get; } = onEntries;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) feed.Remove(this);
        }
    }
}
