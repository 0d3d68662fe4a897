using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Agencies;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Use cases on the live board: the decisions per case, 役割分担, 主担当機関 and 支援プラン. Each checks the permission table
/// for the caller; everything else — who may edit which case, conflicts, limits — is the domain's decision. The Blazor store
/// and the SignalR hub both come through here.
/// </summary>
public sealed class MeetingCommands(MeetingCommandRunner runner, AgencyDirectory agencies)
{
    public Task<IReadOnlyList<JournalEntry>> EditSupportPolicyAsync(Guid meetingId, Guid caseId, string? text, int baseVersion, Caller caller, CancellationToken ct = default) =>
        Decide(meetingId, caseId, caller, (m, c) => m.EditSupportPolicy(c, text ?? "", baseVersion, caller.Actor, runner.Now), ct);

    public Task<IReadOnlyList<JournalEntry>> EditWatchingAsync(Guid meetingId, Guid caseId, string? text, int baseVersion, Caller caller, CancellationToken ct = default) =>
        Decide(meetingId, caseId, caller, (m, c) => m.EditWatching(c, text ?? "", baseVersion, caller.Actor, runner.Now), ct);

    public Task<IReadOnlyList<JournalEntry>> EditAgencyNoteAsync(Guid meetingId, Guid caseId, Guid agencyId, string? text, int baseVersion, Caller caller, CancellationToken ct = default) =>
        Decide(meetingId, caseId, caller, (m, c) => m.EditAgencyNote(c, agencyId, text ?? "", baseVersion, caller.Actor, runner.Now), ct);

    public Task<IReadOnlyList<JournalEntry>> SetNextReviewDateAsync(Guid meetingId, Guid caseId, DateOnly date, int baseVersion, Caller caller, CancellationToken ct = default) =>
        Decide(meetingId, caseId, caller, (m, c) => m.SetNextReviewDate(c, date, baseVersion, runner.Today, caller.Actor, runner.Now), ct);

    public Task<IReadOnlyList<JournalEntry>> NoteResourceGapAsync(Guid meetingId, Guid caseId, string? text, Caller caller, CancellationToken ct = default) =>
        Decide(meetingId, caseId, caller, (m, c) => m.NoteResourceGap(c, text ?? "", caller.Actor, runner.Now), ct);

    /// <summary>役割分担: agency, what, by when — the three things the role form asks.</summary>
    public async Task<IReadOnlyList<JournalEntry>> AssignRoleAsync(Guid meetingId, Guid caseId, Guid agencyId, string? description, DateOnly dueDate, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.AssignRole);
        var agency = await RequireAgencyAsync(agencyId, ct);
        return await runner.RunOnCaseAsync(meetingId, caseId, caller,
            (m, c) => m.AssignRole(c, Guid.NewGuid(), agency, description ?? "", dueDate, runner.Today, caller.Actor, runner.Now), ct);
    }

    /// <summary>訂正 of a role by the chair or 事務局 (the meeting decides who may); the role keeps its id and its history.</summary>
    public async Task<IReadOnlyList<JournalEntry>> CorrectRoleAsync(Guid meetingId, Guid caseId, Guid roleId, Guid agencyId, string? description, DateOnly dueDate,
        string? reason, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.AssignRole);
        var agency = await RequireAgencyAsync(agencyId, ct);
        return await runner.RunOnCaseAsync(meetingId, caseId, caller,
            (m, c) => m.CorrectRole(c, roleId, agency, description ?? "", dueDate, reason, runner.Today, caller.Actor, runner.Now), ct);
    }

    /// <summary>取り下げ of a role, with a reason; the role stays on the case, marked withdrawn.</summary>
    public Task<IReadOnlyList<JournalEntry>> WithdrawRoleAsync(Guid meetingId, Guid caseId, Guid roleId, string? reason, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.AssignRole);
        return runner.RunOnCaseAsync(meetingId, caseId, caller, (m, c) => m.WithdrawRole(c, roleId, reason, caller.Actor, runner.Now), ct);
    }

    public async Task<IReadOnlyList<JournalEntry>> SetLeadAgencyAsync(Guid meetingId, Guid caseId, Guid agencyId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.AssignRole);
        var agency = await RequireAgencyAsync(agencyId, ct);
        return await runner.RunOnCaseAsync(meetingId, caseId, caller, (m, c) => m.SetLeadAgency(c, agency, caller.Actor, runner.Now), ct);
    }

    public async Task<IReadOnlyList<JournalEntry>> DraftPlanAsync(Guid meetingId, Guid caseId, IReadOnlyList<PlanGoal>? goals, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.DraftPlan);
        var all = await agencies.ListAsync(ct);
        return await runner.RunOnCaseAsync(meetingId, caseId, caller, (m, c) => m.DraftPlan(c, Guid.NewGuid(), goals ?? [], [.. all], caller.Actor, runner.Now), ct);
    }

    public Task<IReadOnlyList<JournalEntry>> AdoptPlanAsync(Guid meetingId, Guid caseId, Guid planId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.AdoptPlan);
        return runner.RunOnCaseAsync(meetingId, caseId, caller, (m, c) => m.AdoptPlan(c, planId, caller.Actor, runner.Now), ct);
    }

    private Task<IReadOnlyList<JournalEntry>> Decide(Guid meetingId, Guid caseId, Caller caller, Action<Meeting, SupportCase> change, CancellationToken ct)
    {
        caller.Require(Operation.EditDecision);
        return runner.RunOnCaseAsync(meetingId, caseId, caller, change, ct);
    }

    private async Task<Agency> RequireAgencyAsync(Guid agencyId, CancellationToken ct) =>
        await agencies.FindAsync(agencyId, ct) ?? throw CaseErrors.UnknownAgency();
}
