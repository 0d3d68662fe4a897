using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Minutes;

/// <summary>Every way the minutes refuse a command: code for programs, Japanese message for people.</summary>
public static class MinutesErrors
{
    public static DomainException MeetingNotClosed() =>
        new("minutes.meeting-not-closed", "議事録は閉会した会議について作成します（開会中は下書きの確認のみできます）。");

    public static DomainException NotFound() => new("minutes.not-found", "この会議の議事録はまだありません。");

    public static DomainException OnlyChairOrSecretariat() =>
        new("minutes.not-editor", "議事録を編集できるのは、この会議の議長と事務局だけです。");

    public static DomainException OnlyChair() => new("minutes.not-chair", "議事録を承認できるのは、この会議の議長だけです。");

    public static DomainException VersionNotFound() => new("minutes.version-not-found", "指定された版の議事録が見つかりません。");

    public static DomainException Locked() =>
        new("minutes.locked", "承認済みの議事録は変更できません。訂正する場合は、理由を入力して新しい版を作成してください。");

    public static DomainException NotCurrent() =>
        new("minutes.not-current", "最新の版ではないため変更できません。最新の版を開き直してください。");

    public static DomainException AlreadyApproved() => new("minutes.already-approved", "この版はすでに承認されています。");

    public static DomainException NothingToCorrect() =>
        new("minutes.nothing-to-correct", "承認された議事録だけを訂正できます（下書きはそのまま編集してください）。");

    public static DomainException ReasonRequired() => new("minutes.reason-required", "訂正の理由を入力してください（500文字以内）。");

    public static DomainException CannotEditWithoutFullView() =>
        new("minutes.case-not-editable", "このケースは全表示されていないため（仮名表示）、議事録のこの部分は編集できません。");

    public static DomainException UnknownPart() => new("minutes.unknown-part", "編集できない箇所です。");

    public static DomainException TextTooLong() =>
        new("minutes.too-long", $"議事録の本文は{MinutesText.MaxLength:N0}文字以内で入力してください。");

    public static DomainException Unchanged() => new("minutes.unchanged", "内容が変わっていません。");
}
