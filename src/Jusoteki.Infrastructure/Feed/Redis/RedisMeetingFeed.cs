using System.Collections.Concurrent;
using System.Text.Json;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Jusoteki.Infrastructure.Feed.Redis;

/// <summary>
/// The meeting feed of a cluster: entries published on any server reach the subscribers of every server, this one's
/// included, through one Redis channel, in the order Redis received them (see <see cref="RedisFeedChannel"/>). Entries travel as journal rows
/// (<see cref="JournalEventSerializer"/>), so they read back exactly as the journal would give them.
/// </summary>
public sealed class RedisMeetingFeed : IMeetingFeed, IDisposable
{
    public const string ChannelName = "jusoteki:feed:meetings";
    private readonly ConcurrentDictionary<Guid, Subscribers<IReadOnlyList<JournalEntry>>> _meetings = new();
    private readonly ILogger _logger;
    private readonly RedisFeedChannel _channel;

    public RedisMeetingFeed(IConnectionMultiplexer redis, ILogger<RedisMeetingFeed> logger)
    {
        _logger = logger;
        _channel = new RedisFeedChannel(redis, ChannelName, Receive, logger);
    }

    public IDisposable Subscribe(Guid meetingId, Action<IReadOnlyList<JournalEntry>> onEntries) =>
        _meetings.GetOrAdd(meetingId, id => new(_logger, $"meeting {id}")).Add(onEntries);

    public async Task PublishAsync(Guid meetingId, IReadOnlyList<JournalEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return;
        var rows = entries.Select(JournalEventSerializer.ToRecord).ToArray();
        await _channel.PublishAsync(meetingId.ToString("N"), JsonSerializer.Serialize(rows, JournalEventSerializer.Options));
    }

    public int SubscriberCount(Guid meetingId) => _meetings.TryGetValue(meetingId, out var subscribers) ? subscribers.Count : 0;

    public void Dispose() => _channel.Dispose();

    private void Receive(string topic, string body)
    {
        // Every server hears every meeting: one that nobody here follows costs a lookup, not a deserialisation.
        if (!Guid.TryParseExact(topic, "N", out var meetingId) || !_meetings.TryGetValue(meetingId, out var subscribers) || subscribers.Count == 0) return;
        var rows = JsonSerializer.Deserialize<JournalEntryRecord[]>(body, JournalEventSerializer.Options) ?? [];
        subscribers.Publish(rows.Select(JournalEventSerializer.ToEntry).ToList());
    }
}
