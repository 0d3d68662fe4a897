namespace Jusoteki.Domain.Common;

/// <summary>
/// How far ahead a date may lie: a due date, a review, a consent's end or a meeting are planned within a few years, so a
/// date like 9999-12-31 is a slip of the keyboard, not a plan, and would sit unseen at the end of every list.
/// </summary>
public static class DateRules
{
    public const int HorizonYears = 5;

    public static void RefuseBeyondHorizon(DateOnly date, DateOnly today, string what)
    {
        var last = today.AddYears(HorizonYears);
        if (date > last)
            throw new DomainException("date.too-far", $"{what}は{last.Year}年{last.Month}月{last.Day}日までの日付を指定してください（{HorizonYears}年より先の日付は指定できません）。");
    }
}
