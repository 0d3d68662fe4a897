using Jusoteki.Domain.Access;
using Jusoteki.Domain.Minutes;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Minutes;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Minutes;

/// <summary>
/// Changing minutes: tidying the free text, approving, correcting. The first change of a closed meeting's minutes starts
/// them from the journal's draft. Each checks the permission table; who may do it to which meeting is the domain's rule.
/// </summary>
public sealed class MinutesCommands(MinutesRepository minutes, MeetingQueries meetings, MeetingJournal journal, AgencyDirectory agencies,
    MeetingLocks locks, TimeProvider clock)
{
    public Task EditTextAsync(Guid meetingId, int version, string key, string? text, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.EditMinutes);
        return ChangeAsync(meetingId, caller, (m, meeting, cases) => m.EditText(version, key ?? "", text ?? "", meeting, cases, caller.Actor, clock.GetUtcNow()), ct);
    }

    public Task ApproveAsync(Guid meetingId, int version, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ApproveMinutes);
        return ChangeAsync(meetingId, caller, (m, meeting, _) => m.Approve(version, meeting, caller.Actor, clock.GetUtcNow()), ct);
    }

    public Task CorrectAsync(Guid meetingId, string? reason, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.EditMinutes);
        return ChangeAsync(meetingId, caller, (m, meeting, _) => m.Correct(reason ?? "", meeting, caller.Actor, clock.GetUtcNow()), ct);
    }

    private async Task ChangeAsync(Guid meetingId, Caller caller,
        Action<MeetingMinutes, Domain.Meetings.Meeting, IReadOnlyDictionary<Guid, Domain.Cases.SupportCase>> change, CancellationToken ct)
    {
        await using var _ = await locks.AcquireAsync(meetingId, ct);
        var (meeting, cases) = await meetings.LoadAsync(meetingId, ct) ?? throw Domain.Meetings.MeetingErrors.NotFound();
        MeetingAccess.RequireMayOpen(meeting, caller);
        var current = await minutes.FindAsync(meetingId, ct);
        if (current is null)
        {
            var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
            current = MeetingMinutes.Start(meeting, MinutesDrafter.Draft(await journal.ReadAfterAsync(meetingId, 0, ct), cases, names), caller.Actor, clock.GetUtcNow());
        }
        change(current, meeting, cases);
        await minutes.SaveAsync(current, ct);
    }
}
