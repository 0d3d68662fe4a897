using Jusoteki.Domain.Meetings;

namespace Jusoteki.Infrastructure.Feed;

/// <summary>
/// Carries new journal entries of a meeting to everyone following it. Delivery is best effort and in order per
/// publisher; a subscriber that sees a gap in sequence numbers catches up from <see cref="Meetings.MeetingJournal"/>.
/// </summary>
public interface IMeetingFeed
{
    /// <summary>The handler is called on the publisher's thread (in memory) or the feed's delivery thread (Redis): it must be quick and must not block.</summary>
    IDisposable Subscribe(Guid meetingId, Action<IReadOnlyList<JournalEntry>> onEntries);

    Task PublishAsync(Guid meetingId, IReadOnlyList<JournalEntry> entries, CancellationToken ct = default);
}
