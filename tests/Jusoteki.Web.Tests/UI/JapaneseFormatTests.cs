using Jusoteki.Web.Components.UI;

namespace Jusoteki.Web.Tests.UI;

public sealed class JapaneseFormatTests
{
    [Theory]
    [InlineData(2026, 12, 10, "令和8年12月10日（木）")]
    [InlineData(2027, 1, 14, "令和9年1月14日（木）")]
    [InlineData(2019, 5, 1, "令和元年5月1日（水）")]
    [InlineData(2019, 4, 30, "平成31年4月30日（火）")]
    [InlineData(1989, 1, 8, "平成元年1月8日（日）")]
    [InlineData(1989, 1, 7, "1989年1月7日（土）")]
    public void A_date_that_stands_alone_is_written_in_wareki_with_its_weekday(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, JapaneseFormat.Date(new DateOnly(year, month, day), DateEra.Wareki));
    }

    [Fact]
    public void A_municipality_that_chose_seireki_gets_the_western_year_with_the_weekday()
    {
        Assert.Equal("2026年12月10日（木）", JapaneseFormat.Date(new DateOnly(2026, 12, 10), DateEra.Seireki));
        Assert.Equal("2019年5月1日", JapaneseFormat.Day(new DateOnly(2019, 5, 1), DateEra.Seireki));
    }

    [Fact]
    public void A_moment_is_shown_in_japan_time_whatever_offset_it_was_stored_with()
    {
        // 05:00 UTC on 10 December is 14:00 in Japan; 16:00 UTC the day before is already the 10th there.
        Assert.Equal("令和8年12月10日（木）14:00", JapaneseFormat.DateTime(new DateTimeOffset(2026, 12, 10, 5, 0, 0, TimeSpan.Zero), DateEra.Wareki));
        Assert.Equal("令和8年12月10日（木）01:00", JapaneseFormat.DateTime(new DateTimeOffset(2026, 12, 9, 16, 0, 0, TimeSpan.Zero), DateEra.Wareki));
        Assert.Equal("2026年12月10日（木）14:00", JapaneseFormat.DateTime(new DateTimeOffset(2026, 12, 10, 14, 0, 0, TimeSpan.FromHours(9)), DateEra.Seireki));
    }

    [Fact]
    public void Without_a_setting_dates_are_wareki_and_a_missing_date_is_a_dash()
    {
        Assert.Equal(DateEra.Wareki, JapaneseFormat.Era);
        Assert.Equal("令和8年12月10日（木）", JapaneseFormat.Date(new DateOnly(2026, 12, 10)));
        Assert.Equal("—", JapaneseFormat.Date((DateOnly?)null));
    }
}
