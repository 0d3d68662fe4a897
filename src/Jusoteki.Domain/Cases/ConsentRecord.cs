namespace Jusoteki.Domain.Cases;

/// <summary>
/// One line of a case's consent history (C1): never changed once written. A grant names its scope — the agencies that may
/// receive the person's information —, who signed (本人 or a 代理人 with their relation), where the paper 同意書 is kept and,
/// if it has one, the date it expires (expired consent counts as none).
/// </summary>
public sealed class ConsentRecord
{
    internal ConsentRecord(int number, ConsentState state, DateOnly date, ConsentMethod? method, string recordedBy, IReadOnlyList<Guid> scope,
        ConsentSigner? signer = null, string? representativeRelation = null, string? paperLocation = null, DateOnly? expiresOn = null)
    {
        Number = number;
        State = state;
        Date = date;
        Method = method;
        RecordedBy = recordedBy;
        Scope = [.. scope];
        Signer = signer;
        RepresentativeRelation = representativeRelation;
        PaperLocation = paperLocation;
        ExpiresOn = expiresOn;
    }

    // For EF Core.
    private ConsentRecord() => RecordedBy = "";

    /// <summary>1, 2, 3 … in the order recorded.</summary>
    public int Number { get; private set; }
    public ConsentState State { get; private set; }
    public DateOnly Date { get; private set; }
    public ConsentMethod? Method { get; private set; }
    public string RecordedBy { get; private set; }

    /// <summary>Agencies the information may go to; empty unless <see cref="State"/> is 同意.</summary>
    public List<Guid> Scope { get; private set; } = [];

    /// <summary>署名 — 本人 or 代理人 (for a grant).</summary>
    public ConsentSigner? Signer { get; private set; }

    /// <summary>代理人の続柄 — when a representative signed.</summary>
    public string? RepresentativeRelation { get; private set; }

    /// <summary>同意書の保管場所.</summary>
    public string? PaperLocation { get; private set; }

    /// <summary>有効期限 — the last day the consent holds; none: until withdrawn.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public bool IsExpiredOn(DateOnly today) => State == ConsentState.Granted && ExpiresOn is { } last && last < today;
}

/// <summary>Who signed a consent.</summary>
public enum ConsentSigner
{
    /// <summary>本人</summary>
    Person,
    /// <summary>代理人</summary>
    Representative,
}

/// <summary>What a grant of consent records (C1), as the window or meeting enters it.</summary>
public sealed record ConsentGrant(
    DateOnly? Date, ConsentMethod? Method, IReadOnlyList<Guid> Scope, ConsentSigner Signer, string? RepresentativeRelation,
    string? PaperLocation, DateOnly? ExpiresOn);
