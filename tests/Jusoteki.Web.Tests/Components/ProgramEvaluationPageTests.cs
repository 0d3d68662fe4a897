using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Web.Components.Pages.Reports;
using Jusoteki.Web.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The 評価 on the 代表者会議 page: the 事務局 writes and saves it; a save over someone else's newer version is refused and keeps the typed text.</summary>
public sealed class ProgramEvaluationPageTests() : AppTestContext("jimukyoku", "福祉総務課 伊藤", AppRoles.Secretariat)
{
    [Fact]
    public void The_secretariat_saves_the_evaluation_and_it_shows_as_text()
    {
        var cut = Render<RepresentativesReportPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));

        cut.Find("textarea[aria-label='評価']").Input("会議は計画どおり。\n<b>居場所</b>が課題。");
        cut.Find("form[aria-label='評価を書く']").Submit();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid='evaluation']").GetAttribute("data-version")), TimeSpan.FromSeconds(10));
        Assert.Equal("会議は計画どおり。\n<b>居場所</b>が課題。", cut.Find("[data-testid='evaluation']").TextContent);
        Assert.Empty(cut.Find("[data-testid='evaluation']").QuerySelectorAll("b"));
        Assert.Contains("令和8年度の評価を保存しました（第1版）。", cut.Find("[role='status']").TextContent);
    }

    [Fact]
    public async Task A_save_after_another_editor_saved_is_refused_and_the_typed_text_stays()
    {
        var cut = Render<RepresentativesReportPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));
        await Services.GetRequiredService<ProgramEvaluations>().SaveAsync(2026, 0, "佐藤が先に保存した評価",
            new Caller(new Actor("jimukyoku2", "福祉総務課 佐藤"), new HashSet<string> { AppRoles.Secretariat }, null));

        cut.Find("textarea[aria-label='評価']").Input("伊藤が書いていた評価");
        cut.Find("form[aria-label='評価を書く']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("ほかの人が保存しました（今は第1版）", cut.Find("[role='alert']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("伊藤が書いていた評価", cut.Find("textarea[aria-label='評価']").GetAttribute("value"));
        Assert.Equal("佐藤が先に保存した評価", (await Services.GetRequiredService<ProgramEvaluations>().ForYearAsync(2026, Caller()))!.Text);
    }

    [Fact]
    public async Task A_reviewer_reads_the_evaluation_and_has_no_box_to_write_it()
    {
        await Services.GetRequiredService<ProgramEvaluations>().SaveAsync(2026, 0, "年度の評価", Caller());
        SignInAs("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer);

        var cut = Render<RepresentativesReportPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));

        Assert.Equal("年度の評価", cut.Find("[data-testid='evaluation']").TextContent);
        Assert.Empty(cut.FindAll("textarea"));
    }

    private static Caller Caller() => new(new Actor("jimukyoku", "福祉総務課 伊藤"), new HashSet<string> { AppRoles.Secretariat }, null);
}
