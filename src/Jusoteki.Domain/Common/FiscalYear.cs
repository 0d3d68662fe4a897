namespace Jusoteki.Domain.Common;

/// <summary>年度 — the Japanese fiscal year, April to March, named in 和暦 (令和8年度 = April 2026 – March 2027).</summary>
public static class FiscalYear
{
    private const int ReiwaOffset = 2018;

    /// <summary>The Western year in which the fiscal year starts: 2026-04-01 … 2027-03-31 → 2026.</summary>
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static int Of(DateTimeOffset moment) => Of(JapanTime.DateOf(moment));

    public static string JapaneseName(int startYear) => startYear - ReiwaOffset == 1 ? "令和元年度" : $"令和{startYear - ReiwaOffset}年度";

    /// <summary>令和元年度 (2019): the first fiscal year Jusoteki names.</summary>
    public const int First = 2019;

    public static DateOnly Start(int startYear) => new(startYear, 4, 1);

    public static DateOnly End(int startYear) => new(startYear + 1, 3, 31);

    /// <summary>The month's place in the fiscal year: April → 0 … March → 11.</summary>
    public static int MonthIndex(DateOnly date) => (date.Month + 8) % 12;

    /// <summary>The first day of the fiscal year's <paramref name="index"/>-th month (0 = April).</summary>
    public static DateOnly MonthStart(int startYear, int index) => Start(startYear).AddMonths(index);

    /// <summary>The month in 和暦, e.g. 令和8年4月, 令和9年3月.</summary>
    public static string MonthName(int startYear, int index)
    {
        var month = MonthStart(startYear, index);
        var era = month.Year - ReiwaOffset;
        return $"令和{(era == 1 ? "元" : era.ToString(System.Globalization.CultureInfo.InvariantCulture))}年{month.Month}月";
    }
}
