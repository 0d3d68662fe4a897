namespace Jusoteki.Infrastructure.Persistence;

/// <summary>
/// A row of an append-only event table: the meeting journal (<see cref="JournalEntryRecord"/>), a case's history
/// (<see cref="CaseHistoryRecord"/>) or the minutes' history (<see cref="MinutesHistoryRecord"/>). <see cref="StreamId"/> is
/// the meeting or the case; <see cref="Sequence"/> counts from 1.
/// </summary>
public abstract class EventRecord
{
    public Guid StreamId { get; init; }
    public long Sequence { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string ActorId { get; init; } = "";
    public string ActorName { get; init; } = "";
    public string EventType { get; init; } = "";
    public string Payload { get; init; } = "";
}

/// <summary>A line of a meeting's journal.</summary>
public sealed class JournalEntryRecord : EventRecord;

/// <summary>A line of a case's history.</summary>
public sealed class CaseHistoryRecord : EventRecord;

/// <summary>A line of a meeting's minutes' history (drafted, tidied, approved, corrected); the minutes are rebuilt from it.</summary>
public sealed class MinutesHistoryRecord : EventRecord;

/// <summary>
/// A stored audit record (C6); append-only like the journal. Each row carries the hash of the previous one, so that
/// changing or removing any row breaks the chain (<see cref="Audit.AuditLog.VerifyAsync"/>).
/// </summary>
public sealed class AuditRecordRow
{
    /// <summary>1, 2, 3 … — the key, so two writers cannot both extend the chain from the same row.</summary>
    public long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Action { get; init; }
    public required string ActorId { get; init; }
    public required string ActorName { get; init; }
    public Guid? MeetingId { get; init; }
    public Guid? CaseId { get; init; }
    public required string Detail { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
