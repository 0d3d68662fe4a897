namespace Jusoteki.Domain.Cases;

/// <summary>
/// 支援経過記録 — one consultation or contact: when, which agency, how (相談・訪問・電話・面談…), and what happened. Agencies
/// add these between meetings; the first one is written at intake.
/// </summary>
public sealed record Consultation(DateOnly Date, Guid AgencyId, string Summary, ContactKind Kind = ContactKind.Consultation);

/// <summary>How a contact happened.</summary>
public enum ContactKind
{
    /// <summary>相談（窓口）</summary>
    Consultation,
    /// <summary>訪問</summary>
    Visit,
    /// <summary>電話</summary>
    Phone,
    /// <summary>面談</summary>
    Interview,
    /// <summary>関係機関との協議</summary>
    CaseConference,
    /// <summary>その他</summary>
    Other,
}

public static class ContactKindInfo
{
    public static string JapaneseName(this ContactKind kind) => kind switch
    {
        ContactKind.Consultation => "相談",
        ContactKind.Visit => "訪問",
        ContactKind.Phone => "電話",
        ContactKind.Interview => "面談",
        ContactKind.CaseConference => "関係機関との協議",
        ContactKind.Other => "その他",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
