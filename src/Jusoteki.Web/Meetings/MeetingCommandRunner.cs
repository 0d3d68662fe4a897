using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// How every command on a meeting is carried out: one writer per meeting (<see cref="MeetingLocks"/>), the caller must be allowed into
/// the meeting, the aggregates decide, state and journal are stored in one transaction, then the new entries go out on the
/// meeting feed and each changed case is announced on the case feed.
/// </summary>
public sealed class MeetingCommandRunner(MeetingRepository meetings, IMeetingFeed feed, ICaseFeed caseFeed, MeetingLocks locks, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Today in Japan: what due dates and review dates are checked against.</summary>
    public DateOnly Today => Domain.Common.JapanTime.DateOf(Now);

    public async Task<IReadOnlyList<JournalEntry>> RunAsync(Guid meetingId, Caller caller, Func<Meeting, IEnumerable<Guid>> casesToLoad,
        Action<Meeting, IReadOnlyDictionary<Guid, SupportCase>> change, CancellationToken ct)
    {
        await using var _ = await locks.AcquireAsync(meetingId, ct);
        var stored = await meetings.UpdateWithCasesAsync(meetingId, casesToLoad, (meeting, cases) =>
        {
            MeetingAccess.RequireMayOpen(meeting, caller);
            change(meeting, cases);
        }, ct);
        await feed.PublishAsync(meetingId, stored.Journal, ct);
        foreach (var caseId in stored.CaseHistory.Select(h => h.CaseId).Distinct()) await caseFeed.PublishAsync(new CaseChanged(caseId, meetingId), ct);
        return stored.Journal;
    }

    /// <summary>
    /// What follows in a meeting from a change outside it (C2: a case whose consent was withdrawn leaves a 重層的支援会議):
    /// the same lock, transaction and feeds, without the check that the caller may open the meeting.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> RunConsequenceAsync(Guid meetingId, Guid caseId, Func<Meeting, SupportCase, JournalEntry> change, CancellationToken ct)
    {
        await using var _ = await locks.AcquireAsync(meetingId, ct);
        var stored = await meetings.UpdateWithCasesAsync(meetingId, _ => [caseId], (meeting, cases) => change(meeting, cases[caseId]), ct);
        await feed.PublishAsync(meetingId, stored.Journal, ct);
        return stored.Journal;
    }

    /// <summary>A command on one case of the agenda.</summary>
    public Task<IReadOnlyList<JournalEntry>> RunOnCaseAsync(Guid meetingId, Guid caseId, Caller caller, Action<Meeting, SupportCase> change, CancellationToken ct) =>
        RunAsync(meetingId, caller, _ => [caseId], (meeting, cases) =>
            change(meeting, cases.TryGetValue(caseId, out var supportCase) ? supportCase : throw MeetingErrors.CaseNotOnAgenda()), ct);
}
