using Jusoteki.Domain.Reports;

namespace Jusoteki.Domain.Tests.Reports;

public sealed class ReportTextSightTests
{
    private static readonly string[] Recorded = ["緑川 健一", "緑川 トシ", "林 拓海"];

    [Theory]
    [InlineData("緑川 健一さんの居場所が課題")]
    [InlineData("居場所がない 林 拓\u200B海 さん")]
    [InlineData("緑川トシさんの通院")]
    public void A_text_naming_a_recorded_person_is_not_shown_in_the_report(string text) =>
        Assert.False(ReportTextSight.MayShow(text, Recorded));

    [Fact]
    public void A_text_naming_no_one_is_shown() =>
        Assert.True(ReportTextSight.MayShow("ひきこもりの方が日中に通える居場所が近くにない", Recorded));
}
