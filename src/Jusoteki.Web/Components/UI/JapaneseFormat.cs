namespace Jusoteki.Web.Components.UI;

/// <summary>Dates as a Japanese office writes them, always in JST (Japan has no daylight saving, so a fixed offset is exact).</summary>
public static class JapaneseFormat
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];

    public static string DateTime(DateTimeOffset value)
    {
        var jst = value.ToOffset(Jst);
        return $"{jst:yyyy年M月d日}（{DayNames[(int)jst.DayOfWeek]}）{jst:HH:mm}";
    }
}
