namespace Jusoteki.Domain.Cases;

/// <summary>
/// インテーク・アセスメントシート — the MHLW form as structured data: the person's and household's situation per area, the
/// person's wishes, the need for support and its urgency. Each completion is a new version; earlier ones stay readable.
/// </summary>
public sealed record AssessmentSheet(
    IReadOnlyList<AreaFinding> Areas,
    string PersonWishes,
    string SupportNeeds,
    AssessmentUrgency Urgency)
{
    public const int NoteMaxLength = 1000;

    public AreaFinding? Of(AssessmentArea area) => Areas.FirstOrDefault(a => a.Area == area);
}

/// <summary>One area of the sheet: is there an issue, and what was seen (free text, personal information).</summary>
public sealed record AreaFinding(AssessmentArea Area, bool HasIssue, string Note);

/// <summary>A completed version of the sheet, with who completed it, for which agency, and when.</summary>
public sealed record AssessmentVersion(int Version, DateOnly AssessedOn, Guid AgencyId, string AssessedBy, AssessmentSheet Sheet);

/// <summary>The areas of 本人・世帯の状況.</summary>
public enum AssessmentArea
{
    /// <summary>健康・障がい</summary>
    HealthDisability,
    /// <summary>介護</summary>
    Care,
    /// <summary>子育て・教育</summary>
    ChildrenEducation,
    /// <summary>就労・家計</summary>
    WorkFinances,
    /// <summary>住まい</summary>
    Housing,
    /// <summary>社会参加・つながり</summary>
    SocialParticipation,
}

/// <summary>緊急性</summary>
public enum AssessmentUrgency
{
    /// <summary>低い</summary>
    Low,
    /// <summary>中程度</summary>
    Medium,
    /// <summary>高い（早急な対応が必要）</summary>
    High,
}

/// <summary>
/// Which items of the sheet the municipality reports to the state each year (the bold boxes of the national form): the
/// check boxes per area and the urgency are counted; the free-text notes, wishes and needs are never reported.
/// </summary>
public static class AssessmentItems
{
    public static readonly IReadOnlyList<AssessmentArea> Areas = Enum.GetValues<AssessmentArea>();

    /// <summary>Reported to the state: whether each area has an issue.</summary>
    public static bool IsReported(AssessmentArea area) => true;

    /// <summary>Reported to the state: the urgency.</summary>
    public const bool UrgencyIsReported = true;

    public static string JapaneseName(this AssessmentArea area) => area switch
    {
        AssessmentArea.HealthDisability => "健康・障がい",
        AssessmentArea.Care => "介護",
        AssessmentArea.ChildrenEducation => "子育て・教育",
        AssessmentArea.WorkFinances => "就労・家計",
        AssessmentArea.Housing => "住まい",
        AssessmentArea.SocialParticipation => "社会参加・つながり",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public static string JapaneseName(this AssessmentUrgency urgency) => urgency switch
    {
        AssessmentUrgency.Low => "低い",
        AssessmentUrgency.Medium => "中程度",
        AssessmentUrgency.High => "高い",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, null),
    };
}
