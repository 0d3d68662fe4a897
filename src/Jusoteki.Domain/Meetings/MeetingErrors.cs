using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>Every way a meeting refuses a command: code for programs, Japanese message for people.</summary>
public static class MeetingErrors
{
    public static DomainException NotFound() =>
        new("meeting.not-found", "指定された会議が見つかりません。");

    public static DomainException Closed() =>
        new("meeting.closed", "この会議は閉会しているため、内容を変更できません。");

    public static DomainException CannotOpen() =>
        new("meeting.cannot-open", "準備中の会議だけを開会できます。");

    public static DomainException CannotClose() =>
        new("meeting.cannot-close", "開会中の会議だけを閉会できます。");

    public static DomainException CaseNotOnAgenda() =>
        new("meeting.case-not-on-agenda", "このケースは会議の議題にありません。");

    public static DomainException SupportPolicyEmpty() =>
        new("support-policy.empty", "支援方針を入力してください。");

    public static DomainException SupportPolicyTooLong() =>
        new("support-policy.too-long", $"支援方針は{Meeting.SupportPolicyMaxLength:N0}文字以内で入力してください。");

    public static DomainException SupportPolicyUnchanged() =>
        new("support-policy.unchanged", "支援方針が変更されていません。");

    public static DomainException SupportPolicyConflict() =>
        new("support-policy.conflict", "他の参加者が先に支援方針を更新しました。最新の内容を確認してから、もう一度保存してください。");

    public static DomainException ConcurrentUpdate() =>
        new("meeting.concurrent-update", "他の参加者の更新と重なりました。画面の最新の内容を確認して、もう一度お試しください。");

    public static DomainException InvalidSchedule(string reason) =>
        new("meeting.invalid-schedule", reason);
}
