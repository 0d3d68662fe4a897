namespace Jusoteki.Domain.Cases;

/// <summary>
/// One line of a case's consent history (C1): never changed once written. A grant names its scope — the agencies that may
/// receive the person's information.
/// </summary>
public sealed class ConsentRecord
{
    internal ConsentRecord(int number, ConsentState state, DateOnly date, ConsentMethod? method, string recordedBy, IReadOnlyList<Guid> scope)
    {
        Number = number;
        State = state;
        Date = date;
        Method = method;
        RecordedBy = recordedBy;
        Scope = [.. scope];
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
}
