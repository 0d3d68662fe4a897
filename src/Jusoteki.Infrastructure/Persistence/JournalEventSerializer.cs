using System.Text.Encodings.Web;
using System.Text.Json;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Infrastructure.Persistence;

/// <summary>Turns journal entries into rows and back. The event's type name is stored beside its JSON.</summary>
public static class JournalEventSerializer
{
    // Keeps Japanese text readable in the database file instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, Type> EventTypes = typeof(MeetingEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(MeetingEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name);

    public static JournalEntryRecord ToRecord(JournalEntry entry) => new()
    {
        MeetingId = entry.MeetingId,
        Sequence = entry.Sequence,
        OccurredAt = entry.OccurredAt,
        ActorId = entry.Actor.Id,
        ActorName = entry.Actor.DisplayName,
        EventType = entry.Event.GetType().Name,
        Payload = JsonSerializer.Serialize(entry.Event, entry.Event.GetType(), Options),
    };

    public static JournalEntry ToEntry(JournalEntryRecord record)
    {
        if (!EventTypes.TryGetValue(record.EventType, out var type))
            throw new InvalidOperationException($"Unknown journal event type '{record.EventType}' at {record.MeetingId}#{record.Sequence}.");
        var @event = (MeetingEvent)(JsonSerializer.Deserialize(record.Payload, type, Options)
            ?? throw new InvalidOperationException($"Empty journal payload at {record.MeetingId}#{record.Sequence}."));
        return new JournalEntry(record.MeetingId, record.Sequence, record.OccurredAt, new Actor(record.ActorId, record.ActorName), @event);
    }
}
