using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Progress;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.Pages.Reports;
using Jusoteki.Web.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The 進行管理 page over the real services and the みどり市 demo (令和8年度: the October and November 支援会議 are held).</summary>
public sealed class ProgressPageTests() : AppTestContext("jimukyoku", "福祉総務課 伊藤", AppRoles.Secretariat)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private const ProgressIndicator Meetings = ProgressIndicator.SupportMeetingsHeld;

    private IRenderedComponent<ProgressPage> RenderPage()
    {
        var cut = Render<ProgressPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), Patience);
        return cut;
    }

    private async Task<int> StoredTargetAsync() =>
        (await Services.GetRequiredService<ProgressTargets>().ForYearAsync(MidoriCityDemo.TargetsYear, TestApp.Caller("jimukyoku", AppRoles.Secretariat)))[Meetings];

    private async Task<List<string>> NamesOfCasesInSupportMeetingsAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>().CreateDbContextAsync();
        var held = (await db.Meetings.AsNoTracking().ToListAsync()).Where(m => m.Status == Domain.Meetings.MeetingStatus.Closed).SelectMany(m => m.Agenda.Select(a => a.CaseId)).ToHashSet();
        return [.. (await db.SupportCases.AsNoTracking().ToListAsync()).Where(c => held.Contains(c.Id)).Select(c => c.PersonName)];
    }

    [Fact]
    public void The_year_shows_each_indicator_with_its_target_its_actual_and_the_share_reached()
    {
        var cut = RenderPage();

        Assert.Equal(ProgressIndicators.All.Count, cut.FindAll("tr[data-indicator]").Count);
        Assert.Equal("10", cut.Find($"[data-testid='target-input-{Meetings}']").GetAttribute("value"));
        Assert.Equal("2回", cut.Find($"[data-testid='actual-{Meetings}']").TextContent);
        Assert.Equal("20%", cut.Find($"[data-testid='reached-{Meetings}']").TextContent);
        Assert.Equal(("1回", "1回", "0回"), (cut.Find($"[data-testid='month-{Meetings}-6']").TextContent, cut.Find($"[data-testid='month-{Meetings}-7']").TextContent,
            cut.Find($"[data-testid='month-{Meetings}-5']").TextContent));
        Assert.NotEmpty(cut.FindAll(".progress-chart svg"));
    }

    [Fact]
    public async Task A_negative_target_is_refused_in_japanese_and_a_whole_number_is_saved()
    {
        var cut = RenderPage();

        cut.Find($"[data-testid='target-input-{Meetings}']").Change("-1");
        cut.Find($"[data-testid='target-form-{Meetings}']").Submit();

        cut.WaitForAssertion(() => Assert.Equal("「支援会議の開催」：目標値に0より小さい数は指定できません。", cut.Find($"[data-testid='target-error-{Meetings}']").TextContent), Patience);
        Assert.Equal(10, await StoredTargetAsync());

        cut.Find($"[data-testid='target-input-{Meetings}']").Change("12");
        cut.Find($"[data-testid='target-form-{Meetings}']").Submit();

        cut.WaitForAssertion(() => Assert.Equal("17%", cut.Find($"[data-testid='reached-{Meetings}']").TextContent), Patience);
        Assert.Equal(12, await StoredTargetAsync());
        Assert.Empty(cut.FindAll($"[data-testid='target-error-{Meetings}']"));
    }

    [Fact]
    public async Task A_reviewer_reads_the_targets_without_editing_and_the_drill_down_shows_pseudonyms_only()
    {
        SignInAs("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer);
        var cut = RenderPage();

        Assert.Empty(cut.FindAll("form.target-editor, input"));
        Assert.Equal("10回", cut.Find($"[data-testid='target-{Meetings}']").TextContent.Trim());
        cut.Find($"[data-testid='drill-{ProgressIndicator.CasesInSupportMeetings}']").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='drill-line']")), Patience);
        var drill = cut.Find("[data-testid='drill']").TextContent;
        Assert.Equal(6, cut.FindAll("[data-testid='drill-line']").Count);
        Assert.Contains("ケースA-10", drill);
        var names = await NamesOfCasesInSupportMeetingsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.DoesNotContain(name, cut.Markup));
    }

    [Fact]
    public async Task Meeting_staff_with_a_standing_pledge_see_the_names_behind_the_number()
    {
        await Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(TestApp.Caller("jimukyoku", AppRoles.Secretariat));
        var cut = RenderPage();

        cut.Find($"[data-testid='drill-{ProgressIndicator.CasesInSupportMeetings}']").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='drill-line']")), Patience);
        Assert.All(await NamesOfCasesInSupportMeetingsAsync(), name => Assert.Contains(name, cut.Find("[data-testid='drill']").TextContent));
    }
}
