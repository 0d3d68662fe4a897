using AngleSharp.Dom;
using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.Pages.Reports;
using Microsoft.Extensions.DependencyInjection;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The 事務局's screen for 社会資源の不足: a wording naming the household is refused in Japanese; a rewritten one is approved.</summary>
public sealed class ResourceGapReviewPageTests() : AppTestContext("jimukyoku", "福祉総務課 伊藤", AppRoles.Secretariat)
{
    private static readonly Caller Secretariat = new(new Actor("jimukyoku", "福祉総務課 伊藤"), new HashSet<string> { AppRoles.Secretariat }, null);

    protected override async Task ArrangeAsync()
    {
        await AssignNoteAndCloseAsync(Services);
        var readers = Services.GetRequiredService<CaseReaders>();
        if (!(await readers.ForAsync(Secretariat)).HasStandingPledge) await readers.RecordStandingPledgeAsync(Secretariat);
    }

    private static IElement DecemberGap(IRenderedComponent<ResourceGapReviewPage> cut) =>
        cut.FindAll("li.gap-review").Single(li => li.TextContent.Contains(GapText, StringComparison.Ordinal));

    [Fact]
    public void The_secretariat_sees_the_noted_words_is_refused_a_wording_with_a_name_and_approves_a_rewritten_one()
    {
        var cut = Render<ResourceGapReviewPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));
        Assert.Equal("未承認", DecemberGap(cut).QuerySelector("[data-testid='gap-status']")!.TextContent);

        DecemberGap(cut).QuerySelector("input[aria-label='承認する文言']")!.Input("緑川さんが通える居場所が近くにない");
        DecemberGap(cut).QuerySelector("select[aria-label='分類']")!.Change("PlaceToBe");
        DecemberGap(cut).QuerySelector("form")!.Submit();
        cut.WaitForAssertion(() => Assert.Contains("名前を除き", cut.Find("[role='alert']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("0", DecemberGap(cut).GetAttribute("data-revision"));

        DecemberGap(cut).QuerySelector("input[aria-label='承認する文言']")!.Input("日中に通える居場所が近くにない");
        DecemberGap(cut).QuerySelector("form")!.Submit();
        cut.WaitForAssertion(() => Assert.Equal("1", DecemberGap(cut).GetAttribute("data-revision")), TimeSpan.FromSeconds(10));

        Assert.Contains("承認しました（第1版・居場所・通いの場）", cut.Find("[role='status']").TextContent);
        Assert.Equal("日中に通える居場所が近くにない", DecemberGap(cut).QuerySelector("[data-testid='gap-approved']")!.TextContent);
        Assert.Equal("承認し直す", DecemberGap(cut).QuerySelector("button")!.TextContent.Trim());
    }

    [Fact]
    public void A_reviewer_is_told_in_japanese_that_the_screen_is_not_theirs()
    {
        SignInAs("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer);

        var cut = Render<ResourceGapReviewPage>();

        cut.WaitForAssertion(() => Assert.Contains("この操作（社会資源の不足の文言を承認する）を行う権限がありません。", cut.Find("[role='alert']").TextContent), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(GapText, cut.Markup);
        Assert.Empty(cut.FindAll("form"));
    }
}
