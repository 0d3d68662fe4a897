using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// One line of a meeting's journal (議事の記録): the event, who caused it and when, and its place in the meeting's
/// gap-free sequence (1, 2, 3 …). Append-only: an entry is never changed or removed.
/// </summary>
public sealed record JournalEntry(Guid MeetingId, long Sequence, DateTimeOffset OccurredAt, Actor Actor, MeetingEvent Event);
