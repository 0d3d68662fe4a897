using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Audit;

/// <summary>
/// Which recorded changes are also audited (C6 and the security issue): consent changes, pledges, role changes, plan
/// adoption, and the approval and correction of minutes. The stores write these records in the same transaction as the change itself, so each such action leaves
/// exactly one audit record. A detail never copies free text written about a case or its minutes (C10): the log names the
/// case by id (the audit page shows its pseudonym) and says what kind of change it was.
/// </summary>
public static class AuditTrail
{
    public static AuditRecord? For(JournalEntry entry) => entry.Event switch
    {
        PledgeRecorded pledge => Record(entry.OccurredAt, "pledge.recorded", entry.Actor, entry.MeetingId, null,
            $"参加者 {pledge.ParticipantId}：{(pledge.Kind == PledgeKind.StandingForFiscalYear ? $"年度の包括的な誓約（{pledge.FiscalYear}年度）" : "この会議の誓約")}"),
        ParticipantAdded added => Record(entry.OccurredAt, "meeting.participant-added", entry.Actor, entry.MeetingId, null,
            $"{added.DisplayName}（{added.Role.JapaneseName()}）" + (added.InvitedCaseIds.Count > 0 ? $"：招待されたケース {added.InvitedCaseIds.Count}件" : "")),
        _ => null,
    };

    public static AuditRecord? For(CaseHistoryEntry entry) => entry.Event switch
    {
        ConsentGranted granted => Record(entry.OccurredAt, "consent.granted", entry.Actor, null, entry.CaseId,
            $"同意（{granted.Method.JapaneseName()}、{granted.Date:yyyy-MM-dd}、範囲 {granted.Scope.Count}機関" +
            (granted.Signer == ConsentSigner.Representative ? "、代理人" : "") + (granted.ExpiresOn is { } until ? $"、有効期限 {until:yyyy-MM-dd}" : "") + "）"),
        CaseOpened opened when opened.Intake is not null => Record(entry.OccurredAt, "case.registered", entry.Actor, null, entry.CaseId,
            $"相談受付（{opened.Pseudonym}、相談経路 {opened.Intake.Route.JapaneseName()}）"),
        ConsentRefused refused => Record(entry.OccurredAt, "consent.refused", entry.Actor, null, entry.CaseId, $"不同意（{refused.Date:yyyy-MM-dd}）"),
        ConsentWithdrawn withdrawn => Record(entry.OccurredAt, "consent.withdrawn", entry.Actor, null, entry.CaseId, $"撤回（{withdrawn.Date:yyyy-MM-dd}）"),
        RoleAssigned role => Record(entry.OccurredAt, "role.assigned", entry.Actor, role.MeetingId, entry.CaseId, $"役割を割り当て（期限 {role.DueDate:yyyy-MM-dd}）"),
        RoleCorrected role => Record(entry.OccurredAt, "role.corrected", entry.Actor, role.MeetingId, entry.CaseId, $"役割を訂正（期限 {role.DueDate:yyyy-MM-dd}）"),
        RoleWithdrawn role => Record(entry.OccurredAt, "role.withdrawn", entry.Actor, role.MeetingId, entry.CaseId, "役割を取り下げ"),
        RoleStatusChanged status => Record(entry.OccurredAt, "role.status-changed", entry.Actor, null, entry.CaseId, $"役割の状況：{status.Status.JapaneseName()}"),
        LeadAgencySet lead => Record(entry.OccurredAt, "role.lead-agency-set", entry.Actor, null, entry.CaseId, $"主担当機関 {lead.AgencyId}"),
        PlanAdopted plan => Record(entry.OccurredAt, "plan.adopted", entry.Actor, plan.MeetingId, entry.CaseId, $"支援プラン {plan.PlanId}"),
        _ => null,
    };

    public static AuditRecord? For(Minutes.MinutesHistoryEntry entry) => entry.Event switch
    {
        Minutes.MinutesApproved approved => Record(entry.OccurredAt, "minutes.approved", entry.Actor, entry.MeetingId, null, $"議事録 第{approved.Version}版を承認"),
        Minutes.MinutesCorrectionStarted correction => Record(entry.OccurredAt, "minutes.correction-started", entry.Actor, entry.MeetingId, null,
            $"議事録 第{correction.Version}版（訂正）"),
        _ => null,
    };

    private static AuditRecord Record(DateTimeOffset at, string action, Common.Actor actor, Guid? meetingId, Guid? caseId, string detail) =>
        new(at, action, actor.Id, actor.DisplayName, meetingId, caseId, detail);
}
