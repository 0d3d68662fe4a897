namespace Jusoteki.Domain.Meetings;

/// <summary>The Japanese names and legal basis of each meeting kind and status, as the law and the 要綱 word them.</summary>
public static class MeetingKindInfo
{
    public static string JapaneseName(this MeetingKind kind) => kind switch
    {
        MeetingKind.SupportMeeting => "支援会議",
        MeetingKind.MultiLayeredSupportMeeting => "重層的支援会議",
        MeetingKind.RepresentativesMeeting => "代表者会議",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string LegalBasis(this MeetingKind kind) => kind switch
    {
        MeetingKind.SupportMeeting => "社会福祉法 第106条の6",
        MeetingKind.MultiLayeredSupportMeeting => "重層的支援体制整備事業 実施要綱",
        MeetingKind.RepresentativesMeeting => "重層的支援体制整備事業 実施要綱（集計のみ）",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string JapaneseName(this MeetingStatus status) => status switch
    {
        MeetingStatus.Preparing => "準備中",
        MeetingStatus.Open => "開会中",
        MeetingStatus.Closed => "閉会",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
