using System.Collections.Concurrent;
using Jusoteki.Domain.Meetings;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Infrastructure.Feed;

/// <summary>The feed for one server process; several servers share <see cref="Redis.RedisMeetingFeed"/> behind the same interface.</summary>
public sealed class InMemoryMeetingFeed(ILogger<InMemoryMeetingFeed> logger) : IMeetingFeed
{
    private readonly ConcurrentDictionary<Guid, Subscribers<IReadOnlyList<JournalEntry>>> _meetings = new();

    public IDisposable Subscribe(Guid meetingId, Action<IReadOnlyList<JournalEntry>> onEntries) =>
        _meetings.GetOrAdd(meetingId, id => new(logger, $"meeting {id}")).Add(onEntries);

    public Task PublishAsync(Guid meetingId, IReadOnlyList<JournalEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count > 0 && _meetings.TryGetValue(meetingId, out var subscribers)) subscribers.Publish(entries);
        return Task.CompletedTask;
    }

    public int SubscriberCount(Guid meetingId) => _meetings.TryGetValue(meetingId, out var subscribers) ? subscribers.Count : 0;
}
