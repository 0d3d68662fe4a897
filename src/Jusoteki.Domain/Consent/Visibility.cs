namespace Jusoteki.Domain.Consent;

/// <summary>What the consent gate lets a viewer see of a case.</summary>
public enum Visibility
{
    /// <summary>仮名表示 — pseudonym, age band, sex and issue tags only; nothing that identifies the person or household.</summary>
    Pseudonymised,
    /// <summary>本人表示 — 本人 looking at their own case: their own information, not the household's or the agencies' records.</summary>
    Scoped,
    /// <summary>全表示 — all personal information of the case and its household.</summary>
    Full,
}

/// <summary>What a meeting records about a case, by what a viewer needs to see it.</summary>
public enum CaseContent
{
    /// <summary>支援方針, 見守り, 次回確認日, 社会資源の不足, 役割分担, 主担当機関, 支援プラン — what was decided.</summary>
    Decisions,
    /// <summary>各機関の情報 — what each agency knows: the agencies' own records of the person and household.</summary>
    AgencyNotes,
}

public static class VisibilityInfo
{
    /// <summary>
    /// Free text about a case may identify the person, so a pseudonymised card carries none of it; 本人 sees what was decided
    /// for them but not the agencies' records; full view sees everything.
    /// </summary>
    public static bool Allows(this Visibility visibility, CaseContent content) => content switch
    {
        CaseContent.Decisions => visibility is Visibility.Full or Visibility.Scoped,
        CaseContent.AgencyNotes => visibility is Visibility.Full,
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, null),
    };

    public static string JapaneseName(this Visibility visibility) => visibility switch
    {
        Visibility.Pseudonymised => "仮名表示",
        Visibility.Scoped => "本人表示",
        Visibility.Full => "全表示",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, null),
    };
}
