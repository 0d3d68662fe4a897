namespace Jusoteki.Domain.Agencies;

/// <summary>分野 — the silo an agency or a case belongs to. A case may touch several.</summary>
public enum Field
{
    /// <summary>高齢</summary>
    Elderly,
    /// <summary>障がい</summary>
    Disability,
    /// <summary>子ども</summary>
    Children,
    /// <summary>困窮</summary>
    Poverty,
    /// <summary>保健・医療</summary>
    Health,
    /// <summary>教育</summary>
    Education,
    /// <summary>地域・その他</summary>
    Community,
}

public static class FieldInfo
{
    public static string JapaneseName(this Field field) => field switch
    {
        Field.Elderly => "高齢",
        Field.Disability => "障がい",
        Field.Children => "子ども",
        Field.Poverty => "困窮",
        Field.Health => "保健・医療",
        Field.Education => "教育",
        Field.Community => "地域・その他",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
