namespace Jusoteki.Domain.Progress;

/// <summary>
/// One thing behind an actual: on <paramref name="Date"/> it entered the count (a meeting held, a case received, a role
/// due …), about <paramref name="CaseIds"/>. <paramref name="MetOn"/> — for a share (%), the day it met the condition
/// (主担当 decided, role completed on time), null if it has not; for a plain count, the same as <paramref name="Date"/>.
/// </summary>
public sealed record ProgressEvidence(DateOnly Date, IReadOnlyList<Guid> CaseIds, DateOnly? MetOn)
{
    public bool IsMetOn(DateOnly day) => MetOn is { } met && met <= day;
}

/// <summary>
/// The actual of one indicator in one 年度: per month April … March (null for a month that has not begun, or a share with
/// nothing to divide), the value to date, and the evidence a person can trace it back to.
/// </summary>
public sealed record IndicatorActual(ProgressIndicator Indicator, IReadOnlyList<int?> Monthly, int? ToDate, IReadOnlyList<ProgressEvidence> Evidence);

/// <summary>Every indicator's actual for <paramref name="FiscalYear"/>, counted up to <paramref name="CountedUntil"/>.</summary>
public sealed record ProgressActuals(int FiscalYear, DateOnly CountedUntil, IReadOnlyList<IndicatorActual> Indicators)
{
    public IndicatorActual this[ProgressIndicator indicator] => Indicators.Single(i => i.Indicator == indicator);
}
