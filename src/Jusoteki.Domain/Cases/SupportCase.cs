namespace Jusoteki.Domain.Cases;

/// <summary>
/// 支援ケース — a person and their household whose needs cross the usual silos.
/// <see cref="Pseudonym"/> (e.g. ケースA-01) is stable and is all a viewer without entitlement may see besides
/// <see cref="PseudonymisedSummary"/>.
/// </summary>
public sealed class SupportCase
{
    public SupportCase(Guid id, string pseudonym, string personName, string ageBand, string sex, string householdSummary, IEnumerable<string> tags)
    {
        if (id == Guid.Empty) throw new ArgumentException("Case id is required.", nameof(id));
        if (string.IsNullOrWhiteSpace(pseudonym)) throw new ArgumentException("Pseudonym is required.", nameof(pseudonym));
        if (string.IsNullOrWhiteSpace(personName)) throw new ArgumentException("Person name is required.", nameof(personName));
        Id = id;
        Pseudonym = pseudonym;
        PersonName = personName;
        AgeBand = ageBand;
        Sex = sex;
        HouseholdSummary = householdSummary;
        Tags = string.Join(TagSeparator, tags);
    }

    private const string TagSeparator = "・";

    // For EF Core materialisation only; every property is set from the stored row.
    private SupportCase()
    {
        Pseudonym = PersonName = AgeBand = Sex = HouseholdSummary = Tags = "";
    }

    public Guid Id { get; private set; }

    /// <summary>仮名 — e.g. ケースA-01.</summary>
    public string Pseudonym { get; private set; }

    /// <summary>本人の氏名 — personal information.</summary>
    public string PersonName { get; private set; }

    /// <summary>年代 — e.g. 50代.</summary>
    public string AgeBand { get; private set; }

    /// <summary>性別 — 男性 / 女性 / その他.</summary>
    public string Sex { get; private set; }

    /// <summary>世帯の状況 — personal information.</summary>
    public string HouseholdSummary { get; private set; }

    /// <summary>課題タグ — 8050, ダブルケア …, stored joined by 「・」.</summary>
    public string Tags { get; private set; }

    public IReadOnlyList<string> TagList => Tags.Length == 0 ? [] : Tags.Split(TagSeparator);

    /// <summary>What a viewer without entitlement sees, e.g. 「ケースA-01・50代男性・8050」.</summary>
    public string PseudonymisedSummary => string.Join(TagSeparator, new[] { Pseudonym, AgeBand + Sex }.Concat(TagList));
}
