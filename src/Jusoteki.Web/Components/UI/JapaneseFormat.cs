namespace Jusoteki.Web.Components.UI;

/// <summary>Dates as a Japanese office writes them, always in JST (Japan has no daylight saving, so a fixed offset is exact).</summary>
public static class JapaneseFormat
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];

    /// <summary>令和8年12月10日（木） — a date as it stands alone on a page.</summary>
    public static string Date(DateOnly date) => $"{Wareki(date)}（{DayNames[(int)date.DayOfWeek]}）";

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    /// <summary>令和8年12月10日 — 和暦 without the weekday (exports, tables).</summary>
    public static string Wareki(DateOnly date) =>
        date.Year >= 2019 && date >= new DateOnly(2019, 5, 1)
            ? $"令和{(date.Year == 2019 ? "元" : (date.Year - 2018).ToString(System.Globalization.CultureInfo.InvariantCulture))}年{date.Month}月{date.Day}日"
            : $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>The value of an &lt;input type="date"&gt; (yyyy-MM-dd), or null when empty or not a date.</summary>
    public static DateOnly? FromInput(object? value) =>
        DateOnly.TryParseExact(value as string, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A date as an &lt;input type="date"&gt; holds it.</summary>
    public static string? ToInput(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value)
    {
        var jst = value.ToOffset(Jst);
        return $"{jst:yyyy年M月d日}（{DayNames[(int)jst.DayOfWeek]}）{jst:HH:mm}";
    }
}
