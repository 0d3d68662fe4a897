using ClosedXML.Excel;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Reports;

/// <summary>The 事務局's 評価 per 年度: saved from the version read, shown in the report and its own Excel sheet, audited without the text.</summary>
public sealed class ProgramEvaluationTests : IAsyncLifetime
{
    private const string Text = "令和8年度は支援会議を毎月開けた。\n居場所づくりが次年度の課題。";
    private static readonly Caller Secretariat = new(new Actor("jimukyoku", "福祉総務課 伊藤"), new HashSet<string> { AppRoles.Secretariat }, null);
    private static readonly Caller OtherSecretariat = new(new Actor("jimukyoku2", "福祉総務課 佐藤"), new HashSet<string> { AppRoles.Secretariat }, null);
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private ProgramEvaluations Evaluations => _app.Services.GetRequiredService<ProgramEvaluations>();

    [Fact]
    public async Task A_saved_evaluation_is_in_the_report_and_on_its_own_excel_sheet()
    {
        await Evaluations.SaveAsync(2026, 0, Text, Secretariat);

        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, TestApp.Caller("etsuran", AppRoles.Reviewer));
        using var workbook = new XLWorkbook(new MemoryStream(RepresentativesExports.Excel(report)));

        Assert.Equal((Text, 1), (report.Evaluation!.Text, report.Evaluation.Version));
        var sheet = workbook.Worksheet(RepresentativesExports.EvaluationSheet);
        Assert.Equal("令和8年度 事務局による評価", sheet.Cell(1, 1).GetString());
        Assert.Equal(Text, sheet.Cell(3, 1).GetString());
        Assert.Equal(["集計", "目標と実績", "分野・課題タグ", "到達した段階", "役割", "社会資源の不足", "評価"], workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public async Task A_stored_evaluation_that_names_a_person_is_withheld_from_the_report_and_its_excel()
    {
        // Written before the name check on saving existed: the report checks again on reading (C8).
        const string named = "A-01の緑川 健一さん（母 緑川 トシ）の件は居場所が課題。";
        await RowsAsync(async db =>
        {
            db.ProgramEvaluations.Add(new Domain.Reports.ProgramEvaluation(new Domain.Reports.ProgramEvaluationChange(2026, named, 1), "福祉総務課 伊藤", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, TestApp.Caller("etsuran", AppRoles.Reviewer));
        using var workbook = new XLWorkbook(new MemoryStream(RepresentativesExports.Excel(report)));

        Assert.Equal((Domain.Reports.ReportTextSight.WithheldEvaluation, true, 1), (report.Evaluation!.Text, report.Evaluation.Withheld, report.Evaluation.Version));
        Assert.DoesNotContain("緑川", string.Concat(workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString())));
    }

    [Fact]
    public async Task A_save_from_an_old_version_is_refused_in_japanese_and_keeps_the_other_editors_text()
    {
        await Evaluations.SaveAsync(2026, 0, Text, Secretariat);
        var auditsBefore = await RowsAsync(db => db.AuditLog.CountAsync());

        var stale = await Assert.ThrowsAsync<DomainException>(() => Evaluations.SaveAsync(2026, 0, "佐藤が同時に書いた評価", OtherSecretariat));

        Assert.Equal("evaluation.stale", stale.Code);
        Assert.Contains("ほかの人が保存しました", stale.Message);
        var stored = await RowsAsync(db => db.ProgramEvaluations.SingleAsync());
        Assert.Equal((Text, 1, "福祉総務課 伊藤"), (stored.Text, stored.Version, stored.WrittenBy));
        Assert.Equal(auditsBefore, await RowsAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task Each_save_is_audited_with_year_version_and_length_but_not_the_text()
    {
        await Evaluations.SaveAsync(2026, 0, Text, Secretariat);
        await Evaluations.SaveAsync(2026, 1, "書き直した評価", OtherSecretariat);

        var audits = await RowsAsync(db => db.AuditLog.Where(a => a.Action == "report.evaluation-saved").OrderBy(a => a.Sequence).ToListAsync());

        Assert.Equal(["令和8年度の評価を保存（第1版・32文字）", "令和8年度の評価を保存（第2版・7文字）"], audits.Select(a => a.Detail));
        Assert.Equal(["jimukyoku", "jimukyoku2"], audits.Select(a => a.ActorId));
    }

    [Fact]
    public async Task Someone_other_than_the_secretariat_cannot_save_and_nothing_is_stored()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Evaluations.SaveAsync(2026, 0, Text, TestApp.Caller("gicho", AppRoles.Chair)));

        Assert.Equal("access.denied", refused.Code);
        Assert.Equal(0, await RowsAsync(db => db.ProgramEvaluations.CountAsync()));
    }

    private async Task<T> RowsAsync<T>(Func<JusotekiDbContext, Task<T>> query)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
