using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Cases;

/// <summary>Every way a case refuses a command: code for programs, Japanese message for people.</summary>
public static class CaseErrors
{
    public static DomainException NotFound() => new("case.not-found", "指定されたケースが見つかりません。");

    public static DomainException Invalid(string message) => new("case.invalid", message);

    public static DomainException ConcurrentUpdate() =>
        new("case.concurrent-update", "他の利用者の更新と重なりました。最新の内容を確認して、もう一度お試しください。");

    public static DomainException ConsentScopeEmpty() =>
        new("consent.scope-empty", "同意の範囲（情報を共有してよい機関）を1つ以上選んでください。");

    public static DomainException ConsentAlreadyRefused() =>
        new("consent.already-refused", "すでに不同意として記録されています。");

    public static DomainException CannotRefuseGrantedConsent() =>
        new("consent.refuse-after-grant", "同意済みのケースは「撤回」として記録してください。");

    public static DomainException CannotWithdrawWithoutConsent() =>
        new("consent.withdraw-without-grant", "同意が記録されていないため、撤回できません。");

    public static DomainException IllegalStageMove(LifecycleStage from, LifecycleStage to) =>
        new("case.illegal-stage-move", $"「{from.JapaneseName()}」から「{to.JapaneseName()}」へは進められません。");

    public static DomainException LeadAgencyRequired() =>
        new("case.lead-agency-required", "支援方針またはプランを決めたケースには、主担当機関を1つ決めてください。");

    public static DomainException CaseEnded() =>
        new("case.ended", "終結したケースは変更できません。");

    public static DomainException UnknownAgency() =>
        new("case.unknown-agency", "指定された機関が見つかりません。");

    public static DomainException RoleDescriptionEmpty() =>
        new("role.description-empty", "役割の内容を入力してください。");

    public static DomainException RoleDescriptionTooLong() =>
        new("role.description-too-long", $"役割の内容は{SupportCase.RoleDescriptionMaxLength}文字以内で入力してください。");

    public static DomainException RoleDueDateInPast() =>
        new("role.due-date-in-past", "期限に過去の日付は指定できません。");

    public static DomainException RoleNotFound() => new("role.not-found", "指定された役割が見つかりません。");

    public static DomainException RoleUnchanged() =>
        new("role.unchanged", "担当機関・役割の内容・期限のどれも変わっていません。");

    public static DomainException RoleAlreadyWithdrawn() =>
        new("role.withdrawn", "この役割は取り下げられているため、変更できません。");

    public static DomainException RoleWithdrawalReasonRequired() =>
        new("role.withdrawal-reason-required", "役割を取り下げる理由を入力してください。");

    public static DomainException RoleReasonTooLong() =>
        new("role.reason-too-long", $"理由は{SupportCase.RoleReasonMaxLength}文字以内で入力してください。");

    public static DomainException RoleStatusUnchanged() => new("role.status-unchanged", "状況が変わっていません。");

    public static DomainException ProgressNoteEmpty() => new("role.note-empty", "経過記録を入力してください。");

    public static DomainException ProgressNoteTooLong() =>
        new("role.note-too-long", $"経過記録は{SupportCase.NoteMaxLength}文字以内で入力してください。");

    public static DomainException PlanNeedsConsent() =>
        new("plan.consent-required", "本人同意がないため、支援プランは作成・採択できません（支援会議では支援方針と見守りを記録します）。");

    public static DomainException PlanNeedsGoals() =>
        new("plan.goals-required", "支援プランには目標を1つ以上、それぞれ担当機関とともに入力してください。");

    public static DomainException PlanNotFound() => new("plan.not-found", "指定された支援プランが見つかりません。");

    public static DomainException PlanNotDraft() =>
        new("plan.not-draft", "この支援プランは案ではないため採択できません（採択済み・凍結・評価済みの版は変更できません）。");

    public static DomainException PlanOnlyInMultiLayeredMeeting() =>
        new("plan.meeting-kind", "支援プランは重層的支援会議でのみ採択できます。");

    public static DomainException EvaluationRequired() =>
        new("case.evaluation-required", "終結またはつながり続けるときは、支援の評価を入力してください。");
}
