namespace Jusoteki.Domain.Cases;

/// <summary>C1 — 本人同意の状態.</summary>
public enum ConsentState
{
    /// <summary>未確認 — not yet asked.</summary>
    Unconfirmed,
    /// <summary>同意 — granted, within a scope of agencies.</summary>
    Granted,
    /// <summary>不同意 — refused.</summary>
    Refused,
    /// <summary>撤回 — withdrawn after having been granted.</summary>
    Withdrawn,
}

/// <summary>How consent was given: 書面 (in writing) or 口頭 (orally).</summary>
public enum ConsentMethod
{
    /// <summary>書面</summary>
    Written,
    /// <summary>口頭</summary>
    Oral,
}

public static class ConsentStateInfo
{
    public static string JapaneseName(this ConsentState state) => state switch
    {
        ConsentState.Unconfirmed => "未確認",
        ConsentState.Granted => "同意",
        ConsentState.Refused => "不同意",
        ConsentState.Withdrawn => "撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string JapaneseName(this ConsentMethod method) => method switch
    {
        ConsentMethod.Written => "書面",
        ConsentMethod.Oral => "口頭",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
