using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// 役割分担 and 支援プラン as the meeting proceeds: each is recorded on the case (its lasting record) and in the meeting's
/// journal (what this meeting decided, when and on whose proposal), in one command that either does both or neither.
/// </summary>
public sealed partial class Meeting
{
    /// <summary>Assigns a role on a case on the agenda to an agency that may receive the case.</summary>
    public JournalEntry AssignRole(SupportCase supportCase, Guid roleId, Agency agency, string description, DateOnly dueDate, DateOnly today,
        Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agency);
        RequireDecidable(supportCase, actor);
        RequireMayReceive(agency, supportCase);
        var assigned = (RoleAssigned)supportCase.AssignRole(roleId, agency, description, dueDate, today, Id, actor, at).Event;
        return Record(new RoleAssignedInMeeting(supportCase.Id, roleId, agency.Id, assigned.Description, dueDate), actor, at);
    }

    /// <summary>
    /// 訂正 — the chair or 事務局 corrects a role of a case on the agenda (any of the case's roles, also one from an earlier
    /// meeting) while the meeting is open. A new agency must be one that may receive the case. Journalled and on the case.
    /// </summary>
    public JournalEntry CorrectRole(SupportCase supportCase, Guid roleId, Agency agency, string description, DateOnly dueDate, string? reason,
        DateOnly today, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agency);
        RequireCorrector(supportCase, actor);
        if (supportCase.Roles.FirstOrDefault(r => r.Id == roleId) is { } role && role.AgencyId != agency.Id) RequireMayReceive(agency, supportCase);
        var corrected = (RoleCorrected)supportCase.CorrectRole(roleId, agency, description, dueDate, reason, today, Id, actor, at).Event;
        return Record(new RoleCorrectedInMeeting(supportCase.Id, roleId, agency.Id, corrected.Description, dueDate, corrected.Reason), actor, at);
    }

    /// <summary>取り下げ — the chair or 事務局 withdraws a role, with a reason, while the meeting is open. Never deleted.</summary>
    public JournalEntry WithdrawRole(SupportCase supportCase, Guid roleId, string? reason, Actor actor, DateTimeOffset at)
    {
        RequireCorrector(supportCase, actor);
        var withdrawn = (RoleWithdrawn)supportCase.WithdrawRole(roleId, reason, Id, actor, at).Event;
        return Record(new RoleWithdrawnInMeeting(supportCase.Id, roleId, withdrawn.Reason), actor, at);
    }

    /// <summary>主担当機関 — one per case, decided here.</summary>
    public JournalEntry SetLeadAgency(SupportCase supportCase, Agency agency, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agency);
        RequireDecidable(supportCase, actor);
        RequireMayReceive(agency, supportCase);
        supportCase.SetLeadAgency(agency, actor, at);
        return Record(new LeadAgencySetInMeeting(supportCase.Id, agency.Id), actor, at);
    }

    /// <summary>C5 — drafts the next version of the 支援プラン; only in a 重層的支援会議, only with consent (the case checks it).</summary>
    public JournalEntry DraftPlan(SupportCase supportCase, Guid planId, IReadOnlyList<PlanGoal> goals, IReadOnlyCollection<Agency> agencies,
        Actor actor, DateTimeOffset at)
    {
        if (Kind != MeetingKind.MultiLayeredSupportMeeting) throw CaseErrors.PlanOnlyInMultiLayeredMeeting();
        RequireEditable(supportCase, actor);
        if (goals.Any(g => g?.AgencyIds is null)) throw CaseErrors.PlanNeedsGoals();
        foreach (var agencyId in goals.SelectMany(g => g.AgencyIds).Distinct())
        {
            var agency = agencies.FirstOrDefault(a => a.Id == agencyId) ?? throw CaseErrors.UnknownAgency();
            RequireMayReceive(agency, supportCase);
        }
        var drafted = (PlanDrafted)supportCase.DraftPlan(planId, goals, actor, at).Event;
        return Record(new PlanDraftedInMeeting(supportCase.Id, planId, drafted.Version, drafted.Goals), actor, at);
    }

    /// <summary>C5 — the chair adopts a drafted plan; the case checks consent, the lead agency and that this meeting may.</summary>
    public JournalEntry AdoptPlan(SupportCase supportCase, Guid planId, Actor actor, DateTimeOffset at)
    {
        RequireChair(actor);
        RequireDecidable(supportCase, actor);
        supportCase.AdoptPlan(planId, this, actor, at);
        var plan = supportCase.Plans.Single(p => p.Id == planId);
        return Record(new PlanAdoptedInMeeting(supportCase.Id, planId, plan.Version), actor, at);
    }
}
