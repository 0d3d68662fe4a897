namespace Jusoteki.Domain.Reports;

/// <summary>
/// 分類 of a 社会資源の不足 — what kind of resource the area lacks. The 事務局 chooses one when approving the wording; the
/// 代表者会議 report counts gaps by it (C8), and 地域づくり reads it as the list of what to build.
/// </summary>
public enum ResourceGapCategory
{
    /// <summary>居場所・通いの場</summary>
    PlaceToBe,
    /// <summary>就労・社会参加</summary>
    WorkAndParticipation,
    /// <summary>住まい</summary>
    Housing,
    /// <summary>移動・交通</summary>
    Transport,
    /// <summary>家計・経済的支援</summary>
    Finances,
    /// <summary>介護・見守り</summary>
    CareAndWatching,
    /// <summary>子育て・教育</summary>
    ChildrenAndEducation,
    /// <summary>医療・保健</summary>
    Health,
    /// <summary>相談窓口・制度</summary>
    ConsultationAndSchemes,
    /// <summary>その他</summary>
    Other,
}

public static class ResourceGapCategoryInfo
{
    /// <summary>What the report shows for gaps whose wording the 事務局 has not approved yet (they have no category).</summary>
    public const string UnapprovedName = "未承認";

    public static string JapaneseName(this ResourceGapCategory category) => category switch
    {
        ResourceGapCategory.PlaceToBe => "居場所・通いの場",
        ResourceGapCategory.WorkAndParticipation => "就労・社会参加",
        ResourceGapCategory.Housing => "住まい",
        ResourceGapCategory.Transport => "移動・交通",
        ResourceGapCategory.Finances => "家計・経済的支援",
        ResourceGapCategory.CareAndWatching => "介護・見守り",
        ResourceGapCategory.ChildrenAndEducation => "子育て・教育",
        ResourceGapCategory.Health => "医療・保健",
        ResourceGapCategory.ConsultationAndSchemes => "相談窓口・制度",
        ResourceGapCategory.Other => "その他",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
