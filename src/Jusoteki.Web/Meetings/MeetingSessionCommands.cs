using Jusoteki.Domain.Access;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>Use cases that run the session: roll call and pledges, opening, the chair's focus, closing.</summary>
public sealed class MeetingSessionCommands(MeetingCommandRunner runner)
{
    public Task<IReadOnlyList<JournalEntry>> RecordAttendanceAsync(Guid meetingId, Guid participantId, Attendance attendance, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordAttendance);
        return runner.RunAsync(meetingId, caller, _ => [], (m, _) => m.RecordAttendance(participantId, attendance, caller.Actor, runner.Now), ct);
    }

    /// <summary>守秘義務の誓約 (C3): one's own, or recorded at the roll call by the chair or 事務局.</summary>
    public Task<IReadOnlyList<JournalEntry>> RecordPledgeAsync(Guid meetingId, Guid participantId, PledgeKind kind, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.RecordPledge);
        return runner.RunAsync(meetingId, caller, _ => [], (m, _) => m.RecordPledge(participantId, kind, caller.Actor, runner.Now), ct);
    }

    public Task<IReadOnlyList<JournalEntry>> OpenAsync(Guid meetingId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ChairMeeting);
        return runner.RunAsync(meetingId, caller, _ => [], (m, _) => m.Open(caller.Actor, runner.Now), ct);
    }

    public Task<IReadOnlyList<JournalEntry>> SetFocusAsync(Guid meetingId, Guid? caseId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ChairMeeting);
        return runner.RunAsync(meetingId, caller, _ => [], (m, _) => m.SetFocus(caseId, caller.Actor, runner.Now), ct);
    }

    /// <summary>閉会: every case on the agenda is loaded, so that its review date and stage move on in the same transaction.</summary>
    public Task<IReadOnlyList<JournalEntry>> CloseAsync(Guid meetingId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ChairMeeting);
        return runner.RunAsync(meetingId, caller, m => m.Agenda.Select(a => a.CaseId), (m, cases) => m.Close([.. cases.Values], caller.Actor, runner.Now), ct);
    }
}
