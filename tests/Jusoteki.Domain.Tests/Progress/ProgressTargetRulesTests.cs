using Jusoteki.Domain.Common;
using Jusoteki.Domain.Progress;

namespace Jusoteki.Domain.Tests.Progress;

/// <summary>Targets as the 事務局 types them: every refusal is Japanese and gives nothing to store.</summary>
public sealed class ProgressTargetRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 10);

    [Theory]
    [InlineData("10", 10)]
    [InlineData(" 0 ", 0)]
    [InlineData("１５", 15)]
    public void A_whole_number_of_zero_or_more_is_taken(string typed, int expected)
    {
        var change = ProgressTargetRules.Validate(2026, "SupportMeetingsHeld", typed, null, Today);

        Assert.Equal((2026, ProgressIndicator.SupportMeetingsHeld, expected, ""), (change.FiscalYear, change.Indicator, change.Value, change.Reason));
    }

    [Theory]
    [InlineData("-1", "目標値に0より小さい数は指定できません。")]
    [InlineData("1.5", "目標値は0以上の整数で入力してください（小数や文字は使えません）。")]
    [InlineData("十", "目標値は0以上の整数で入力してください（小数や文字は使えません）。")]
    [InlineData("", "目標値を入力してください。")]
    [InlineData(null, "目標値を入力してください。")]
    [InlineData("100001", "目標値は100000以下で入力してください。")]
    public void A_value_that_is_not_a_whole_number_of_zero_or_more_is_refused(string? typed, string message)
    {
        var error = Assert.Throws<DomainException>(() => ProgressTargetRules.Validate(2026, "SupportMeetingsHeld", typed, null, Today));

        Assert.Equal("progress.invalid-value", error.Code);
        Assert.Equal($"「支援会議の開催」：{message}", error.Message);
    }

    [Fact]
    public void A_share_above_100_percent_is_refused_and_100_is_taken()
    {
        var error = Assert.Throws<DomainException>(() => ProgressTargetRules.Validate(2026, "LeadAgencyShare", "101", null, Today));

        Assert.Equal("「主担当の決まったケースの割合」：割合の目標は0〜100（%）で入力してください。", error.Message);
        Assert.Equal(100, ProgressTargetRules.Validate(2026, "LeadAgencyShare", "100", null, Today).Value);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2028)]
    public void A_fiscal_year_out_of_range_is_refused(int year)
    {
        var error = Assert.Throws<DomainException>(() => ProgressTargetRules.Validate(year, "SupportMeetingsHeld", "10", "理由", Today));

        Assert.Equal("progress.year-out-of-range", error.Code);
        Assert.Equal("年度は令和元年度から令和9年度までで指定してください。", error.Message);
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("5")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_indicator_is_refused(string? indicator)
    {
        var error = Assert.Throws<DomainException>(() => ProgressTargetRules.Validate(2026, indicator, "10", null, Today));

        Assert.Equal(("progress.unknown-indicator", "指定された指標は進行管理の指標にありません。"), (error.Code, error.Message));
    }

    [Fact]
    public void A_closed_year_needs_a_reason_and_next_year_does_not()
    {
        var error = Assert.Throws<DomainException>(() => ProgressTargetRules.Validate(2025, "PlansDrafted", "5", "  ", Today));

        Assert.Equal("progress.reason-required", error.Code);
        Assert.Equal("令和7年度は終わった年度です。目標を変えるには変更の理由を入力してください。", error.Message);
        Assert.Equal("計画の見直し", ProgressTargetRules.Validate(2025, "PlansDrafted", "5", " 計画の見直し ", Today).Reason);
        Assert.Equal(5, ProgressTargetRules.Validate(2027, "PlansDrafted", "5", null, Today).Value);
    }

    [Fact]
    public void A_reason_with_control_characters_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => ProgressTargetRules.Validate(2025, "PlansDrafted", "5", "理由\u0007", Today));

        Assert.Equal("変更の理由に使えない文字（制御文字など）が含まれています。", error.Message);
    }

    [Fact]
    public void Every_indicator_has_a_japanese_name_a_unit_and_a_source()
    {
        Assert.Equal(17, ProgressIndicators.All.Count);
        Assert.All(ProgressIndicators.All, i => Assert.False(string.IsNullOrEmpty(i.JapaneseName() + i.Source())));
        Assert.Equal(["回", "件", "%"], ProgressIndicators.All.Select(i => i.Unit().Symbol()).Distinct());
    }

    [Fact]
    public void The_fiscal_year_runs_april_to_march_in_wareki()
    {
        Assert.Equal("令和8年度", FiscalYear.JapaneseName(2026));
        Assert.Equal((0, 11), (FiscalYear.MonthIndex(new(2026, 4, 1)), FiscalYear.MonthIndex(new(2027, 3, 31))));
        Assert.Equal(("令和8年4月", "令和9年3月", "令和元年5月"), (FiscalYear.MonthName(2026, 0), FiscalYear.MonthName(2026, 11), FiscalYear.MonthName(2019, 1)));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (FiscalYear.Start(2026), FiscalYear.End(2026)));
    }
}
