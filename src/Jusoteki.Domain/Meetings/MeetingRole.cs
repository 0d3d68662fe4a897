namespace Jusoteki.Domain.Meetings;

/// <summary>会議での役割.</summary>
public enum MeetingRole
{
    /// <summary>議長 — chairs and convenes; selects members per case.</summary>
    Chair,
    /// <summary>事務局 — prepares the agenda and the minutes.</summary>
    Secretariat,
    /// <summary>構成員 — a member agency's representative.</summary>
    Member,
    /// <summary>オブザーバー — attends without a member's duty of confidentiality.</summary>
    Observer,
    /// <summary>本人 — the person whose case it is.</summary>
    Person,
    /// <summary>専門職ゲスト — a doctor, lawyer … invited for their expertise.</summary>
    ProfessionalGuest,
}

/// <summary>出欠.</summary>
public enum Attendance
{
    /// <summary>未確認</summary>
    NotRecorded,
    /// <summary>会場</summary>
    InRoom,
    /// <summary>オンライン</summary>
    Remote,
    /// <summary>欠席</summary>
    Absent,
}

/// <summary>守秘義務の誓約 — none yet, for this meeting, or standing for the fiscal year.</summary>
public enum PledgeKind
{
    None,
    /// <summary>この会議について誓約</summary>
    ThisMeeting,
    /// <summary>年度の包括的な誓約</summary>
    StandingForFiscalYear,
}

public static class MeetingRoleInfo
{
    public static string JapaneseName(this MeetingRole role) => role switch
    {
        MeetingRole.Chair => "議長",
        MeetingRole.Secretariat => "事務局",
        MeetingRole.Member => "構成員",
        MeetingRole.Observer => "オブザーバー",
        MeetingRole.Person => "本人",
        MeetingRole.ProfessionalGuest => "専門職ゲスト",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string JapaneseName(this Attendance attendance) => attendance switch
    {
        Attendance.NotRecorded => "未確認",
        Attendance.InRoom => "会場",
        Attendance.Remote => "オンライン",
        Attendance.Absent => "欠席",
        _ => throw new ArgumentOutOfRangeException(nameof(attendance), attendance, null),
    };

    /// <summary>Roles bound by a member's duty of confidentiality in a 支援会議 once they pledge (C3).</summary>
    public static bool IsBoundMember(this MeetingRole role) => role is MeetingRole.Chair or MeetingRole.Secretariat or MeetingRole.Member;
}
