using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Web.Components.Pages.Reports;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The 代表者会議 page for a 閲覧者 after the December repro: counts, a note on unapproved wording, no gap text.</summary>
public sealed class RepresentativesReportPageTests() : AppTestContext("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer)
{
    protected override Task ArrangeAsync() => AssignNoteAndCloseAsync(Services);

    [Fact]
    public void The_page_shows_resource_gaps_as_counts_and_says_their_wording_awaits_the_secretariat()
    {
        var cut = Render<RepresentativesReportPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));

        Assert.Equal("2件", cut.Find("[data-testid='gaps-SupportMeeting']").TextContent);
        Assert.Equal("2件", cut.Find("[data-testid='gaps']").TextContent);
        Assert.Contains("文言は事務局が承認したものだけを表示します（未承認 2件）", cut.Find("[data-testid='gaps-wording']").TextContent);
        Assert.DoesNotContain("緑川", cut.Markup);
        Assert.DoesNotContain("居場所", cut.Markup);
        Assert.Equal("2件", cut.Find("[data-testid='gap-category-未承認']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='approved-gaps']"));
        Assert.Empty(cut.FindAll("[data-testid='review-gaps']"));
        Assert.DoesNotContain("C8", cut.Markup);
    }

    [Fact]
    public void The_print_button_prints_the_report_under_a_wareki_heading()
    {
        var cut = Render<RepresentativesReportPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));

        cut.Find("button[aria-label='令和8年度の代表者会議の集計を印刷（A4）']").Click();

        JSInterop.VerifyInvoke("print");
        Assert.StartsWith("令和8年度 代表者会議の集計", cut.Find("[data-testid='print-heading'] h1").TextContent, StringComparison.Ordinal);
        Assert.Contains("print-only", cut.Find("[data-testid='print-heading']").ClassList);
    }

    [Fact]
    public void The_page_has_tables_for_targets_cases_by_field_and_tag_stages_and_roles()
    {
        var cut = Render<RepresentativesReportPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));

        var targets = cut.Find("table[aria-label='令和8年度の目標と実績']");
        Assert.Equal("10回", targets.QuerySelector("[data-testid='target-SupportMeetingsHeld']")!.TextContent);
        // October, November and the December repro: A-10 A-16 A-08 A-01 A-02 A-04 are 高齢; are 8050.
        Assert.Equal("6件", cut.Find("table[aria-label='会議で扱ったケースの分野ごとの件数'] [data-testid='field-Elderly']").TextContent);
        Assert.Equal("2件", cut.Find("table[aria-label='会議で扱ったケースの課題タグごとの件数'] [data-testid='tag-Issue8050']").TextContent);
        Assert.Contains("分野や課題タグが2つあるケースは、それぞれに1件ずつ数える", cut.Find("[data-testid='breakdown-note']").TextContent);
        // A-01 A-02 A-03 A-04 A-06 decided nothing in December and stay at 会議; a stage with no case still shows 0件.
        var stages = cut.Find("table[aria-label='会議で扱ったケースの段階ごとの件数']");
        Assert.Equal("5件", stages.QuerySelector("[data-testid='stage-Meeting']")!.TextContent);
        Assert.Equal("0件", stages.QuerySelector("[data-testid='stage-Intake']")!.TextContent);
        var roles = cut.Find("table[aria-label='会議で割り当てた役割の件数']");
        Assert.Equal("10件", roles.QuerySelector("[data-testid='roles-assigned']")!.TextContent);
        Assert.NotNull(roles.QuerySelector("[data-testid='roles-overdue']"));
        Assert.All(new[] { targets, stages, roles }, t => Assert.Contains("report-table", t.ClassList));
    }
}
