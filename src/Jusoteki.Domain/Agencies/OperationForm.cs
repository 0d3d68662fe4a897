namespace Jusoteki.Domain.Agencies;

/// <summary>運営形態 — how the city runs an agency.</summary>
public enum OperationForm
{
    /// <summary>直営 — run by the city itself.</summary>
    Direct,
    /// <summary>委託 — contracted out.</summary>
    Contracted,
    /// <summary>委嘱 — appointed volunteers, e.g. 民生委員.</summary>
    Appointed,
    /// <summary>関係機関 — outside the city: police, 児童相談所, ハローワーク …</summary>
    External,
}
