using Jusoteki.Domain.Access;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Use cases that change a meeting. Each one: check the permission table for the caller, load the aggregate, let the domain decide, store state and journal in one
/// transaction, then publish the new entries on the feed. The Blazor store and the SignalR hub both come through here.
/// </summary>
public sealed class MeetingCommands(MeetingRepository meetings, IMeetingFeed feed, MeetingLocks locks, TimeProvider clock)
{
    public Task<IReadOnlyList<JournalEntry>> EditSupportPolicyAsync(Guid meetingId, Guid caseId, string text, int baseVersion, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.EditDecision);
        return ExecuteAsync(meetingId, m =>
        {
            MeetingAccess.RequireMayOpen(m, caller);
            m.EditSupportPolicy(caseId, text, baseVersion, caller.Actor, clock.GetUtcNow());
        }, ct);
    }

    private async Task<IReadOnlyList<JournalEntry>> ExecuteAsync(Guid meetingId, Action<Meeting> change, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(meetingId, ct);
        var entries = await meetings.UpdateAsync(meetingId, change, ct);
        await feed.PublishAsync(meetingId, entries, ct);
        return entries;
    }
}
