namespace Jusoteki.Domain.Common;

/// <summary>Dates as the municipality counts them: in JST (Japan keeps no daylight saving, so a fixed offset is exact).</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The calendar date in Japan at <paramref name="moment"/>: what "today" means for due and review dates.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);
}
