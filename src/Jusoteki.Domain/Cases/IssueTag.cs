namespace Jusoteki.Domain.Cases;

/// <summary>課題タグ — the kinds of complex need the 重層的支援体制 exists for.</summary>
public enum IssueTag
{
    /// <summary>8050 — a parent in their 80s supporting a withdrawn child in their 50s.</summary>
    Issue8050,
    /// <summary>ダブルケア — caring for children and parents at once.</summary>
    DoubleCare,
    /// <summary>ヤングケアラー — a child who cares for a family member.</summary>
    YoungCarer,
    /// <summary>ひきこもり — social withdrawal.</summary>
    Hikikomori,
    /// <summary>セルフネグレクト — self-neglect.</summary>
    SelfNeglect,
    /// <summary>生活困窮 — financial hardship.</summary>
    Poverty,
    /// <summary>制度の狭間 — needs that fall between programmes.</summary>
    SystemGap,
    /// <summary>不登校 — school refusal.</summary>
    SchoolRefusal,
    /// <summary>精神保健 — mental health.</summary>
    MentalHealth,
}

public static class IssueTagInfo
{
    public static string JapaneseName(this IssueTag tag) => tag switch
    {
        IssueTag.Issue8050 => "8050",
        IssueTag.DoubleCare => "ダブルケア",
        IssueTag.YoungCarer => "ヤングケアラー",
        IssueTag.Hikikomori => "ひきこもり",
        IssueTag.SelfNeglect => "セルフネグレクト",
        IssueTag.Poverty => "生活困窮",
        IssueTag.SystemGap => "制度の狭間",
        IssueTag.SchoolRefusal => "不登校",
        IssueTag.MentalHealth => "精神保健",
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, null),
    };
}
