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
}
