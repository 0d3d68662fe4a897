using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>Every way a meeting refuses a command: code for programs, Japanese message for people.</summary>
public static class MeetingErrors
{
    public static DomainException NotFound() =>
        new("meeting.not-found", "指定された会議が見つかりません。");

    public static DomainException Closed() =>
        new("meeting.closed", "この会議は閉会しているため、内容を変更できません。");

    public static DomainException NotOpen() =>
        new("meeting.not-open", "この操作は開会中の会議でのみ行えます。");

    public static DomainException DecisionBeforeOpen() =>
        new("meeting.decision-before-open", "会議の決定（支援方針・見守り・次回確認日・社会資源の不足・役割分担・主担当機関・プランの採択）は開会してから記録してください。");

    public static DomainException CannotOpen() =>
        new("meeting.cannot-open", "準備中の会議だけを開会できます。");

    public static DomainException CannotClose() =>
        new("meeting.cannot-close", "開会中の会議だけを閉会できます。");

    public static DomainException CaseNotOnAgenda() =>
        new("meeting.case-not-on-agenda", "このケースは会議の議題にありません。");

    public static DomainException CaseAlreadyOnAgenda() =>
        new("agenda.duplicate", "このケースはすでに議題にあります。");

    /// <summary>C2 — the refusal the 事務局 sees when a case without consent is put on a 重層的支援会議.</summary>
    public static DomainException ConsentRequiredForMultiLayeredMeeting() =>
        new("agenda.consent-required", "本人同意が確認できていないため、重層的支援会議では扱えません。支援会議で取り上げてください。");

    /// <summary>C8 — a 代表者会議 deals in aggregates only.</summary>
    public static DomainException NoCasesInRepresentativesMeeting() =>
        new("agenda.aggregates-only", "代表者会議では個別のケースを扱いません（集計のみ）。");

    public static DomainException ParticipantNotFound() =>
        new("participant.not-found", "指定された参加者はこの会議の参加者ではありません。");

    public static DomainException ParticipantInvalid(string message) => new("participant.invalid", message);

    public static DomainException PledgeOnlyInSupportMeeting() =>
        new("pledge.meeting-kind", "守秘義務の誓約は支援会議で記録します。");

    public static DomainException PledgeAlreadyRecorded() =>
        new("pledge.already-recorded", "誓約はすでに記録されています。");

    public static DomainException TextEmpty(string field) => new("decision.empty", $"{field}を入力してください。");

    public static DomainException TextTooLong(string field, int max) => new("decision.too-long", $"{field}は{max:N0}文字以内で入力してください。");

    public static DomainException SupportPolicyEmpty() =>
        new("support-policy.empty", "支援方針を入力してください。");

    public static DomainException SupportPolicyTooLong() =>
        new("support-policy.too-long", $"支援方針は{Meeting.SupportPolicyMaxLength:N0}文字以内で入力してください。");

    public static DomainException SupportPolicyUnchanged() =>
        new("support-policy.unchanged", "支援方針が変更されていません。");

    public static DomainException SupportPolicyConflict() =>
        new("support-policy.conflict", "他の参加者が先に支援方針を更新しました。最新の内容を確認してから、もう一度保存してください。");

    public static DomainException FieldConflict(string field) =>
        new("decision.conflict", $"他の参加者が先に{field}を更新しました。最新の内容を確認してから、もう一度保存してください。");

    public static DomainException ReviewDateInPast() =>
        new("decision.review-date-in-past", "次回確認日に過去の日付は指定できません。");

    public static DomainException ConcurrentUpdate() =>
        new("meeting.concurrent-update", "他の参加者の更新と重なりました。画面の最新の内容を確認して、もう一度お試しください。");

    public static DomainException NotParticipant() =>
        new("meeting.not-participant", "この会議の参加者ではないため、この操作はできません。");

    public static DomainException ChairOnly() =>
        new("meeting.chair-only", "この操作は会議の議長だけが行えます。");

    public static DomainException OnlySelfOrRunsMeeting() =>
        new("participant.not-self", "出欠と誓約は、本人か、議長・事務局だけが記録できます。");

    /// <summary>C3/C4/C9 — a card the viewer sees pseudonymised (or as 本人) cannot be edited by them.</summary>
    public static DomainException CannotEditWithoutFullView() =>
        new("meeting.case-not-editable", "このケースは全表示されていないため（仮名表示）、編集できません。誓約や同意の範囲を確認してください。");

    public static DomainException AgencyMayNotReceiveCase(string agencyName) =>
        new("role.agency-not-entitled", $"{agencyName}はこの会議でこのケースの情報を共有できる機関ではないため、役割や主担当を割り当てられません（誓約・招待・同意の範囲を確認してください）。");

    public static DomainException RoleCorrectionByChairOrSecretariat() =>
        new("role.correction-not-allowed", "役割の訂正・取り下げは、会議の議長か事務局だけが行えます。");

    /// <summary>A closed meeting's record stands; the next meeting with the case on its agenda corrects the role.</summary>
    public static DomainException RoleCorrectionAfterClose() =>
        new("role.correction-after-close", "閉会した会議では役割を訂正・取り下げできません。次の会議でこのケースを議題にして行ってください（議事録の誤りは訂正版で直します）。");

    public static DomainException RoleCorrectionNotOpen() =>
        new("role.correction-not-open", "役割の訂正・取り下げは、開会中の会議で行えます。");

    public static DomainException AgencyNotParticipating() =>
        new("note.agency-not-participating", "この会議に参加していない機関の情報は記録できません。");

    public static DomainException NoteOfAnotherAgency() =>
        new("note.other-agency", "他の機関の情報は、その機関か、議長・事務局だけが編集できます。");

    public static DomainException Unchanged(string field) => new("decision.unchanged", $"{field}が変更されていません。");

    public static DomainException FocusUnchanged() => new("meeting.focus-unchanged", "すでにこのケースを表示しています。");

    public static DomainException InvalidSchedule(string reason) =>
        new("meeting.invalid-schedule", reason);
}
