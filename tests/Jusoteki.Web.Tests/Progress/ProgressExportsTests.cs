using ClosedXML.Excel;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Progress;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Progress;

/// <summary>The 進行管理 workbook, opened with ClosedXML: a sheet per section, 和暦 headings, targets beside actuals, no person (C8).</summary>
public sealed class ProgressExportsTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    private async Task<XLWorkbook> WorkbookAsync()
    {
        var report = await _app.Services.GetRequiredService<ProgressQueries>().ForYearAsync(MidoriCityDemo.TargetsYear, TestApp.Caller("etsuran", AppRoles.Reviewer));
        return new XLWorkbook(new MemoryStream(ProgressExports.Excel(report)));
    }

    [Fact]
    public async Task The_summary_sheet_holds_each_indicator_with_its_target_and_actual_under_a_wareki_heading()
    {
        using var workbook = await WorkbookAsync();

        Assert.Equal([ProgressExports.SummarySheet, ProgressExports.MonthlySheet, ProgressExports.PreviousSheet], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet(ProgressExports.SummarySheet);
        Assert.StartsWith("令和8年度 進行管理（令和", sheet.Cell(1, 1).GetString());
        Assert.Equal(["指標", "単位", "目標", "実績", "達成率（%）", "令和7年度の目標", "令和7年度の実績", "数え方"], Enumerable.Range(1, 8).Select(c => sheet.Cell(2, c).GetString()));
        var meetings = sheet.Row(3);
        Assert.Equal(("支援会議の開催", "回", 10, 2, 20), (meetings.Cell(1).GetString(), meetings.Cell(2).GetString(), meetings.Cell(3).GetValue<int>(),
            meetings.Cell(4).GetValue<int>(), meetings.Cell(5).GetValue<int>()));
        Assert.True(meetings.Cell(6).IsEmpty());
        Assert.Equal(ProgressIndicators.All.Count + 2, sheet.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public async Task The_monthly_sheet_names_the_months_in_wareki_and_leaves_months_to_come_empty()
    {
        using var workbook = await WorkbookAsync();
        var sheet = workbook.Worksheet(ProgressExports.MonthlySheet);

        Assert.Equal("令和8年度 月ごとの実績", sheet.Cell(1, 1).GetString());
        Assert.Equal(("令和8年4月", "令和9年3月"), (sheet.Cell(2, 3).GetString(), sheet.Cell(2, 14).GetString()));
        // 支援会議: October and November held (columns of months 6 and 7 from April).
        Assert.Equal((1, 1, 0), (sheet.Cell(3, 9).GetValue<int>(), sheet.Cell(3, 10).GetValue<int>(), sheet.Cell(3, 8).GetValue<int>()));
        Assert.True(sheet.Cell(3, 14).IsEmpty());
    }

    [Fact]
    public async Task No_cell_names_a_person_or_a_case()
    {
        using var workbook = await WorkbookAsync();
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>().CreateDbContextAsync();
        var names = await db.SupportCases.Select(c => c.PersonName).ToListAsync();
        var text = string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));

        Assert.DoesNotContain("ケースA-", text);
        Assert.All(names, name => Assert.DoesNotContain(name, text));
    }

    [Fact]
    public async Task The_state_csv_is_for_the_secretariat_in_utf8_with_a_bom_names_no_one_and_is_audited()
    {
        var queries = _app.Services.GetRequiredService<ProgressQueries>();
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => queries.StateRowsAsync(2026, TestApp.Caller("etsuran", AppRoles.Reviewer)));

        var rows = await queries.StateRowsAsync(2026, TestApp.Caller("jimukyoku", AppRoles.Secretariat));
        var bytes = Jusoteki.Web.Cases.CaseExports.Csv(StateReport.Columns, rows);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("番号,区分,受付年月,相談経路,分野,課題,年代,性別,緊急,受付時の本人同意,支援会議,重層的支援会議,支援プラン,状況,アウトリーチ,参加支援\r\n", text);
        Assert.Equal(17, rows.Count);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>().CreateDbContextAsync();
        foreach (var c in await db.SupportCases.ToListAsync())
        {
            Assert.DoesNotContain(c.PersonName, text);
            Assert.DoesNotContain(c.Pseudonym, text);
        }
        var audit = await _app.Services.GetRequiredService<Infrastructure.Audit.AuditLog>().ReadAsync(new Infrastructure.Audit.AuditFilter(Action: "progress.state-exported"));
        Assert.Equal("令和8年度の国への報告用の一覧（17件）を出力", Assert.Single(audit).Detail);
    }
}
