namespace Jusoteki.Domain.Progress;

/// <summary>進行管理の指標 — what a municipality counts per 年度 (domain §6, issue 14). Each actual is counted from Jusoteki's records.</summary>
public enum ProgressIndicator
{
    /// <summary>支援会議の開催（回）</summary>
    SupportMeetingsHeld,
    /// <summary>重層的支援会議の開催（回）</summary>
    MultiLayeredMeetingsHeld,
    /// <summary>新規相談受付件数</summary>
    NewConsultations,
    /// <summary>インテーク・アセスメントシートの作成</summary>
    AssessmentSheets,
    /// <summary>支援会議で扱ったケース</summary>
    CasesInSupportMeetings,
    /// <summary>うち本人同意のないもの</summary>
    UnconsentedCasesInSupportMeetings,
    /// <summary>重層的支援会議で扱ったケース</summary>
    CasesInMultiLayeredMeetings,
    /// <summary>多機関協働事業プラン（支援プラン）の作成</summary>
    PlansDrafted,
    /// <summary>支援プランの採択</summary>
    PlansAdopted,
    /// <summary>終結</summary>
    Closed,
    /// <summary>つながり続ける</summary>
    ContinuedConnection,
    /// <summary>アウトリーチ対象者</summary>
    OutreachCases,
    /// <summary>参加支援 新規</summary>
    ParticipationNew,
    /// <summary>参加支援のフォローアップ</summary>
    ParticipationFollowUps,
    /// <summary>参加支援の協力機関</summary>
    ParticipationPartners,
    /// <summary>主担当の決まったケースの割合（%）</summary>
    LeadAgencyShare,
    /// <summary>期限内に完了した役割の割合（%）</summary>
    RolesDoneOnTime,
}

/// <summary>The unit an indicator is counted in.</summary>
public enum ProgressUnit
{
    /// <summary>回</summary>
    Times,
    /// <summary>件</summary>
    Items,
    /// <summary>%</summary>
    Percent,
}

public static class ProgressIndicators
{
    public static IReadOnlyList<ProgressIndicator> All { get; } = Enum.GetValues<ProgressIndicator>();

    public static string JapaneseName(this ProgressIndicator indicator) => indicator switch
    {
        ProgressIndicator.SupportMeetingsHeld => "支援会議の開催",
        ProgressIndicator.MultiLayeredMeetingsHeld => "重層的支援会議の開催",
        ProgressIndicator.NewConsultations => "新規相談受付件数",
        ProgressIndicator.AssessmentSheets => "インテーク・アセスメントシートの作成",
        ProgressIndicator.CasesInSupportMeetings => "支援会議で扱ったケース",
        ProgressIndicator.UnconsentedCasesInSupportMeetings => "うち本人同意のないもの",
        ProgressIndicator.CasesInMultiLayeredMeetings => "重層的支援会議で扱ったケース",
        ProgressIndicator.PlansDrafted => "多機関協働事業プランの作成",
        ProgressIndicator.PlansAdopted => "支援プランの採択",
        ProgressIndicator.Closed => "終結",
        ProgressIndicator.ContinuedConnection => "つながり続ける",
        ProgressIndicator.OutreachCases => "アウトリーチ対象者",
        ProgressIndicator.ParticipationNew => "参加支援 新規",
        ProgressIndicator.ParticipationFollowUps => "参加支援のフォローアップ",
        ProgressIndicator.ParticipationPartners => "参加支援の協力機関",
        ProgressIndicator.LeadAgencyShare => "主担当の決まったケースの割合",
        ProgressIndicator.RolesDoneOnTime => "期限内に完了した役割の割合",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    public static ProgressUnit Unit(this ProgressIndicator indicator) => indicator switch
    {
        ProgressIndicator.SupportMeetingsHeld or ProgressIndicator.MultiLayeredMeetingsHeld => ProgressUnit.Times,
        ProgressIndicator.LeadAgencyShare or ProgressIndicator.RolesDoneOnTime => ProgressUnit.Percent,
        _ when Enum.IsDefined(indicator) => ProgressUnit.Items,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    public static string Symbol(this ProgressUnit unit) => unit switch
    {
        ProgressUnit.Times => "回",
        ProgressUnit.Items => "件",
        ProgressUnit.Percent => "%",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Where the actual comes from, in the words the page and the README use.</summary>
    public static string Source(this ProgressIndicator indicator) => indicator switch
    {
        ProgressIndicator.SupportMeetingsHeld => "閉会した支援会議（開催日の月）",
        ProgressIndicator.MultiLayeredMeetingsHeld => "閉会した重層的支援会議（開催日の月）",
        ProgressIndicator.NewConsultations => "相談受付の受付日",
        ProgressIndicator.AssessmentSheets => "インテーク・アセスメントシートの初回の作成日（再アセスメントは数えない）",
        ProgressIndicator.CasesInSupportMeetings => "閉会した支援会議の議題のケース（年度内で最初の会議の月に1件）",
        ProgressIndicator.UnconsentedCasesInSupportMeetings => "そのうち、会議の日に本人同意（期限内の同意）がなかったケース",
        ProgressIndicator.CasesInMultiLayeredMeetings => "閉会した重層的支援会議の議題のケース（年度内で最初の会議の月に1件）",
        ProgressIndicator.PlansDrafted => "支援プラン第1版の作成（改定は数えない）",
        ProgressIndicator.PlansAdopted => "重層的支援会議での支援プランの採択（版ごと）",
        ProgressIndicator.Closed => "ケースの段階「終結」への移行",
        ProgressIndicator.ContinuedConnection => "ケースの段階「つながり続ける」への移行",
        ProgressIndicator.OutreachCases => "年度内にアウトリーチ中だったケース（年度の前からの場合は4月）",
        ProgressIndicator.ParticipationNew => "年度内に参加支援を始めたケース",
        ProgressIndicator.ParticipationFollowUps => "参加支援の開始から90日以上たってからの支援経過記録（ケースごとに最初の1件）",
        ProgressIndicator.ParticipationPartners => "参加支援のケースで年度内に役割を割り当てられた機関（機関ごとに1件）",
        ProgressIndicator.LeadAgencyShare => "年度内に会議で扱ったケースのうち、月末までに主担当機関が決まったもの",
        ProgressIndicator.RolesDoneOnTime => "期限が年度内（月末まで）の役割のうち、期限の日までに完了したもの（取り下げは除く）",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
