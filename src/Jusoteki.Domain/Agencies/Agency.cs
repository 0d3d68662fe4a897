namespace Jusoteki.Domain.Agencies;

/// <summary>機関 — an agency that takes part in support meetings (地域包括支援センター, 社会福祉協議会 …).</summary>
public sealed class Agency
{
    public Agency(Guid id, string name, Field field, OperationForm operationForm)
    {
        if (id == Guid.Empty) throw new ArgumentException("Agency id is required.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Agency name is required.", nameof(name));
        Id = id;
        Name = name;
        Field = field;
        OperationForm = operationForm;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public Field Field { get; private set; }
    public OperationForm OperationForm { get; private set; }
}
