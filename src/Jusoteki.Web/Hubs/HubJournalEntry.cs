using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// A journal entry as hub clients receive it. Journal events carry decisions and staff names but never a case's personal
/// information: that only ever leaves the server through the consent gate (<see cref="MeetingHub.JoinMeeting"/>).
/// </summary>
public sealed record HubJournalEntry(Guid MeetingId, long Sequence, DateTimeOffset OccurredAt, string ActorName, string Type, object Event)
{
    public static HubJournalEntry From(JournalEntry entry) =>
        new(entry.MeetingId, entry.Sequence, entry.OccurredAt, entry.Actor.DisplayName, entry.Event.GetType().Name, entry.Event);
}
