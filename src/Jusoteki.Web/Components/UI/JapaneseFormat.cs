using System.Globalization;

namespace Jusoteki.Web.Components.UI;

/// <summary>和暦 (令和8年12月10日) or 西暦 (2026年12月10日): how the municipality writes its dates (Jusoteki:DateEra).</summary>
public enum DateEra
{
    Wareki,
    Seireki,
}

/// <summary>
/// The one formatter for dates on screens and in the minutes, as a Japanese office writes them, always in JST (Japan has no
/// daylight saving, so a fixed offset is exact). 和暦 unless the municipality chose 西暦 (<see cref="Era"/>, set at start-up).
/// </summary>
public static class JapaneseFormat
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];
    private static readonly DateOnly ReiwaFrom = new(2019, 5, 1);
    private static readonly DateOnly HeiseiFrom = new(1989, 1, 8);

    /// <summary>The municipality's choice, from configuration at start-up (Jusoteki:DateEra = Wareki | Seireki).</summary>
    public static DateEra Era { get; set; } = DateEra.Wareki;

    /// <summary>令和8年12月10日（木） — a date as it stands alone on a page.</summary>
    public static string Date(DateOnly date) => Date(date, Era);

    public static string Date(DateOnly date, DateEra era) => $"{Day(date, era)}（{DayNames[(int)date.DayOfWeek]}）";

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    /// <summary>令和8年12月10日 — without the weekday (exports, running text).</summary>
    public static string Wareki(DateOnly date) => Day(date, Era);

    /// <summary>令和8年12月10日（木）14:00 — a moment, in JST.</summary>
    public static string DateTime(DateTimeOffset value) => DateTime(value, Era);

    public static string DateTime(DateTimeOffset value, DateEra era)
    {
        var jst = value.ToOffset(Jst);
        return $"{Date(DateOnly.FromDateTime(jst.DateTime), era)}{jst.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The day without weekday in the chosen era; 元年 for an era's first year; before 平成 always 西暦.</summary>
    public static string Day(DateOnly date, DateEra era)
    {
        var (name, first) = era == DateEra.Seireki ? (null, 0)
            : date >= ReiwaFrom ? ("令和", 2019)
            : date >= HeiseiFrom ? ("平成", 1989)
            : ((string?)null, 0);
        var year = name is null ? date.Year.ToString(CultureInfo.InvariantCulture)
            : name + (date.Year == first ? "元" : (date.Year - first + 1).ToString(CultureInfo.InvariantCulture));
        return $"{year}年{date.Month}月{date.Day}日";
    }
}
