namespace Jusoteki.Domain.Common;

/// <summary>年度 — the Japanese fiscal year, April to March, named in 和暦 (令和8年度 = April 2026 – March 2027).</summary>
public static class FiscalYear
{
    private const int ReiwaOffset = 2018;

    /// <summary>The Western year in which the fiscal year starts: 2026-04-01 … 2027-03-31 → 2026.</summary>
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static int Of(DateTimeOffset moment) => Of(JapanTime.DateOf(moment));

    public static string JapaneseName(int startYear) => startYear - ReiwaOffset == 1 ? "令和元年度" : $"令和{startYear - ReiwaOffset}年度";
}
