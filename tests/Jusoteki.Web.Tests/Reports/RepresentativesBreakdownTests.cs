using ClosedXML.Excel;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Progress;
using Jusoteki.Web.Progress;
using Jusoteki.Web.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Reports;

/// <summary>
/// The 代表者会議 report's breakdowns over the みどり市 demo as seeded: the October 支援会議 and the
/// November one are the year's held meetings, so six cases; nine roles were assigned in them, one is done,
/// and on 令和8年12月3日 four are past due (A-10 11/30, A-05 11/30 and 11/20, A-08 11/25).
/// </summary>
public sealed class RepresentativesBreakdownTests : IAsyncLifetime
{
    private static readonly Caller Reviewer = TestApp.Caller("etsuran", AppRoles.Reviewer);
    private readonly TestApp _app = new(new FixedClock(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.FromHours(9))));

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private Task<RepresentativesReport> ReportAsync(TestApp app) =>
        app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, Reviewer);

    [Fact]
    public async Task The_cases_discussed_are_counted_once_under_each_of_their_fields_and_tags()
    {
        var report = await ReportAsync(_app);

        Assert.Equal(6, report.CasesDiscussed);
        Assert.Equal(
            new Dictionary<string, int> { ["高齢"] = 3, ["障がい"] = 3, ["子ども"] = 0, ["困窮"] = 0, ["保健・医療"] = 0, ["教育"] = 0, ["地域・その他"] = 1 },
            report.CasesBreakdown.ByField.ToDictionary(c => c.Name, c => c.Count));
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["8050"] = 1, ["ダブルケア"] = 0, ["ヤングケアラー"] = 0, ["ひきこもり"] = 2, ["セルフネグレクト"] = 2,
                ["生活困窮"] = 0, ["制度の狭間"] = 1, ["不登校"] = 0, ["精神保健"] = 0,
            },
            report.CasesBreakdown.ByTag.ToDictionary(c => c.Name, c => c.Count));
    }

    [Fact]
    public async Task A_case_no_held_meeting_discussed_changes_no_count_though_the_counts_are_taken_in_the_store()
    {
        var before = await ReportAsync(_app);
        var registration = new Domain.Cases.CaseRegistration("春野 太郎", null, "40代", "男性", "", [Domain.Agencies.Field.Elderly], [Domain.Cases.IssueTag.Hikikomori], [],
            new DateOnly(2026, 12, 1), Infrastructure.Seeding.MidoriCityDemo.AgencyId("houkatsu-chuo"), Domain.Cases.ConsultationRoute.Person, "相談", false, null);
        await _app.Services.GetRequiredService<Web.Cases.CaseCommands>().RegisterAsync(registration, TestApp.Caller("jimukyoku", AppRoles.Secretariat));

        var after = await ReportAsync(_app);

        Assert.Equal(before.CasesDiscussed, after.CasesDiscussed);
        Assert.Equal(before.CasesBreakdown.ByField.Select(c => c.Count), after.CasesBreakdown.ByField.Select(c => c.Count));
        Assert.Equal(before.CasesBreakdown.ByTag.Select(c => c.Count), after.CasesBreakdown.ByTag.Select(c => c.Count));
        Assert.Equal(before.CasesBreakdown.ByStage.Select(c => c.Count), after.CasesBreakdown.ByStage.Select(c => c.Count));
        Assert.Equal(before.Roles, after.Roles);
    }

    [Fact]
    public async Task Each_case_discussed_is_counted_once_at_the_stage_it_has_reached()
    {
        var report = await ReportAsync(_app);

        Assert.Equal(
            new Dictionary<string, int> { ["受付"] = 0, ["アセスメント"] = 0, ["会議"] = 0, ["支援中"] = 3, ["モニタリング"] = 1, ["終結"] = 1, ["つながり続ける"] = 1 },
            report.CasesBreakdown.ByStage.ToDictionary(c => c.Name, c => c.Count));
    }

    [Fact]
    public async Task Roles_are_counted_as_assigned_completed_and_overdue_on_the_day_in_japan()
    {
        var report = await ReportAsync(_app);

        Assert.Equal((9, 1, 4, new DateOnly(2026, 12, 3)), (report.Roles.Assigned, report.Roles.Completed, report.Roles.Overdue, report.Roles.CountedOn));
    }

    [Fact]
    public async Task A_role_due_on_the_25th_is_overdue_from_midnight_in_japan_while_it_is_still_the_25th_in_utc()
    {
        await using var later = new TestAppScope(new DateTimeOffset(2026, 12, 25, 15, 30, 0, TimeSpan.Zero));
        await later.App.InitializeAsync();

        var report = await ReportAsync(later.App);

        // A-15's 月2回の訪問 (due 12/25) joins the four: it is 12/26 00:30 in Japan.
        Assert.Equal((5, new DateOnly(2026, 12, 26)), (report.Roles.Overdue, report.Roles.CountedOn));
    }

    [Fact]
    public async Task Targets_and_actuals_are_the_progress_service_s_own_numbers()
    {
        var report = await ReportAsync(_app);
        var progress = await _app.Services.GetRequiredService<ProgressQueries>().ForYearAsync(2026, Reviewer);

        var meetings = report.Targets.Single(t => t.Indicator == ProgressIndicator.SupportMeetingsHeld);
        Assert.Equal((10, 2, 20), (meetings.Target, meetings.Actual, meetings.Reached));
        Assert.Equal(ProgressIndicators.All, report.Targets.Select(t => t.Indicator));
        Assert.Equal(progress.Actuals.CountedUntil, report.TargetsCountedUntil);
        Assert.All(report.Targets, t => Assert.Equal(
            (progress.Targets.TryGetValue(t.Indicator, out var target) ? target : (int?)null, progress.Actuals[t.Indicator].ToDate),
            (t.Target, t.Actual)));
    }

    [Fact]
    public async Task A_past_year_s_targets_are_counted_until_its_last_day_not_today()
    {
        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2025, Reviewer);

        Assert.Equal(new DateOnly(2026, 3, 31), report.TargetsCountedUntil);
        Assert.Equal((0, 0), (report.CasesDiscussed, report.Roles.Assigned));
    }

    [Fact]
    public async Task The_excel_has_a_sheet_with_a_wareki_heading_for_targets_cases_stages_and_roles()
    {
        using var workbook = new XLWorkbook(new MemoryStream(RepresentativesExports.Excel(await ReportAsync(_app))));

        var targets = workbook.Worksheet("目標と実績");
        var cases = workbook.Worksheet("分野・課題タグ");
        var stages = workbook.Worksheet("到達した段階");
        var roles = workbook.Worksheet("役割");
        foreach (var sheet in new[] { targets, cases, stages, roles })
            Assert.StartsWith("令和8年度 ", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
        var held = RowOf(targets, "支援会議の開催");
        Assert.Equal((10, 2, 20), (held.Cell(2).GetValue<int>(), held.Cell(3).GetValue<int>(), held.Cell(4).GetValue<int>()));
        Assert.Equal(3, RowOf(cases, "高齢").Cell(2).GetValue<int>());
        Assert.Equal(2, RowOf(cases, "ひきこもり").Cell(2).GetValue<int>());
        Assert.Equal(1, RowOf(cases, "8050").Cell(2).GetValue<int>());
        Assert.Equal(3, RowOf(stages, "支援中").Cell(2).GetValue<int>());
        Assert.Equal(6, RowOf(stages, "合計").Cell(2).GetValue<int>());
        Assert.Equal(9, RowOf(roles, "割り当てた役割").Cell(2).GetValue<int>());
        Assert.Equal(1, RowOf(roles, "完了").Cell(2).GetValue<int>());
        Assert.Equal(4, RowOf(roles, "期限超過").Cell(2).GetValue<int>());
    }

    private static IXLRow RowOf(IXLWorksheet sheet, string label) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == label);

    /// <summary>A second app on its own clock, disposed with the test.</summary>
    private sealed class TestAppScope(DateTimeOffset now) : IAsyncDisposable
    {
        public TestApp App { get; } = new(new FixedClock(now));

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
