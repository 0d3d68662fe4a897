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

public static class VisibilityInfo
{
    public static string JapaneseName(this Visibility visibility) => visibility switch
    {
        Visibility.Pseudonymised => "仮名表示",
        Visibility.Scoped => "本人表示",
        Visibility.Full => "全表示",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, null),
    };
}
