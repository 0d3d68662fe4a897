namespace Jusoteki.Infrastructure.Persistence;

/// <summary>A row of the journal table: a <see cref="Domain.Meetings.JournalEntry"/> with its event as JSON.</summary>
public sealed class JournalEntryRecord
{
    public required Guid MeetingId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string EventType { get; init; }
    public required string Payload { get; init; }
}
