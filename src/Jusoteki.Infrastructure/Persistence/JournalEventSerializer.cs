using System.Text.Encodings.Web;
using System.Text.Json;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Minutes;

namespace Jusoteki.Infrastructure.Persistence;

/// <summary>Turns journal and history entries (meetings, cases, minutes) into rows and back. The event's type name is stored beside its JSON.</summary>
public static class JournalEventSerializer
{
    // Keeps Japanese text readable in the database file instead of \uXXXX escapes.
    internal static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, Type> MeetingEvents = EventTypes<MeetingEvent>();
    private static readonly Dictionary<string, Type> CaseEvents = EventTypes<CaseEvent>();
    private static readonly Dictionary<string, Type> MinutesEvents = EventTypes<MinutesEvent>();

    public static JournalEntryRecord ToRecord(JournalEntry entry) =>
        ToRecord<JournalEntryRecord>(entry.MeetingId, entry.Sequence, entry.OccurredAt, entry.Actor, entry.Event);

    public static CaseHistoryRecord ToRecord(CaseHistoryEntry entry) =>
        ToRecord<CaseHistoryRecord>(entry.CaseId, entry.Sequence, entry.OccurredAt, entry.Actor, entry.Event);

    public static MinutesHistoryRecord ToRecord(MinutesHistoryEntry entry) =>
        ToRecord<MinutesHistoryRecord>(entry.MeetingId, entry.Sequence, entry.OccurredAt, entry.Actor, entry.Event);

    public static MinutesHistoryEntry ToEntry(MinutesHistoryRecord record) =>
        new(record.StreamId, record.Sequence, record.OccurredAt, ActorOf(record), Deserialize<MinutesEvent>(record, MinutesEvents));

    public static JournalEntry ToEntry(JournalEntryRecord record) =>
        new(record.StreamId, record.Sequence, record.OccurredAt, ActorOf(record), Deserialize<MeetingEvent>(record, MeetingEvents));

    public static CaseHistoryEntry ToEntry(CaseHistoryRecord record) =>
        new(record.StreamId, record.Sequence, record.OccurredAt, ActorOf(record), Deserialize<CaseEvent>(record, CaseEvents));

    private static TRecord ToRecord<TRecord>(Guid streamId, long sequence, DateTimeOffset occurredAt, Actor actor, object @event)
        where TRecord : EventRecord, new() => new()
    {
        StreamId = streamId,
        Sequence = sequence,
        OccurredAt = occurredAt,
        ActorId = actor.Id,
        ActorName = actor.DisplayName,
        EventType = @event.GetType().Name,
        Payload = JsonSerializer.Serialize(@event, @event.GetType(), Options),
    };

    private static Actor ActorOf(EventRecord record) => new(record.ActorId, record.ActorName);

    private static TEvent Deserialize<TEvent>(EventRecord record, Dictionary<string, Type> types) where TEvent : class
    {
        if (!types.TryGetValue(record.EventType, out var type))
            throw new InvalidOperationException($"Unknown event type '{record.EventType}' at {record.StreamId}#{record.Sequence}.");
        return (TEvent)(JsonSerializer.Deserialize(record.Payload, type, Options)
            ?? throw new InvalidOperationException($"Empty event payload at {record.StreamId}#{record.Sequence}."));
    }

    private static Dictionary<string, Type> EventTypes<TEvent>() => typeof(TEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(TEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name);
}
