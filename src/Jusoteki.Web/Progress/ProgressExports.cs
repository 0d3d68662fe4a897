using System.Text;
using ClosedXML.Excel;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Progress;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Progress;

/// <summary>
/// 進行管理 as Excel for the 代表者会議 and the municipal office: one sheet per section of the page (目標と実績, the year's
/// months, the previous year's months), headings in 和暦. Counts and indicator names only — no case and no free text (C8).
/// </summary>
public static class ProgressExports
{
    public const string SummarySheet = "目標と実績";
    public const string MonthlySheet = "月ごとの実績";
    public const string PreviousSheet = "前年度の月ごとの実績";

    public static readonly string[] SummaryColumns = ["指標", "単位", "目標", "実績", "達成率（%）", "前年度の目標", "前年度の実績", "数え方"];

    public static IEndpointRouteBuilder MapProgressExports(this IEndpointRouteBuilder app)
    {
        // no-store like every download: the counts are the municipality's, not the browser cache's.
        app.MapPersonalDataDownloads().MapGet("/reports/progress.xlsx", async (HttpContext http, ProgressQueries queries, TimeProvider clock) =>
        {
            var year = int.TryParse(http.Request.Query["year"], out var y) ? y : FiscalYear.Of(clock.GetUtcNow());
            if (year < FiscalYear.First || year > FiscalYear.Of(clock.GetUtcNow()) + 1)
                return Results.Text(ProgressErrors.YearOutOfRange(FiscalYear.Of(clock.GetUtcNow())).Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
            try
            {
                var report = await queries.ForYearAsync(year, CurrentCaller.From(http.User), http.RequestAborted);
                return Results.File(Excel(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"進行管理_{report.FiscalYearName}.xlsx");
            }
            catch (DomainException refused)
            {
                return Results.Text(refused.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
        app.MapPersonalDataDownloads().MapGet("/reports/progress/state.csv", async (HttpContext http, ProgressQueries queries, TimeProvider clock) =>
        {
            var current = FiscalYear.Of(clock.GetUtcNow());
            var year = int.TryParse(http.Request.Query["year"], out var y) ? y : current;
            if (year < FiscalYear.First || year > current + 1)
                return Results.Text(ProgressErrors.YearOutOfRange(current).Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
            try
            {
                var rows = await queries.StateRowsAsync(year, CurrentCaller.From(http.User), http.RequestAborted);
                return Results.File(Cases.CaseExports.Csv(StateReport.Columns, rows), "text/csv; charset=utf-8", $"国への報告用一覧_{FiscalYear.JapaneseName(year)}.csv");
            }
            catch (DomainException refused)
            {
                return Results.Text(refused.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
        return app;
    }

    public static byte[] Excel(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        var summary = workbook.AddWorksheet(SummarySheet);
        summary.Cell(1, 1).SetValue($"{report.FiscalYearName} 進行管理（{JapaneseFormatOf(report.Actuals.CountedUntil)}まで）");
        Header(summary, 2, SummaryColumns);
        var row = 3;
        foreach (var actual in report.Actuals.Indicators)
        {
            var i = actual.Indicator;
            int? target = report.Targets.TryGetValue(i, out var t) ? t : null;
            int? before = report.PreviousTargets.TryGetValue(i, out var p) ? p : null;
            summary.Cell(row, 1).SetValue(i.JapaneseName());
            summary.Cell(row, 2).SetValue(i.Unit().Symbol());
            Number(summary.Cell(row, 3), target);
            Number(summary.Cell(row, 4), actual.ToDate);
            Number(summary.Cell(row, 5), ProgressReport.Reached(actual.ToDate, target));
            Number(summary.Cell(row, 6), before);
            Number(summary.Cell(row, 7), report.Previous[i].ToDate);
            summary.Cell(row, 8).SetValue(i.Source());
            row++;
        }
        summary.Cell(2, 6).SetValue($"{report.PreviousYearName}の目標");
        summary.Cell(2, 7).SetValue($"{report.PreviousYearName}の実績");
        Monthly(workbook.AddWorksheet(MonthlySheet), report.Actuals);
        Monthly(workbook.AddWorksheet(PreviousSheet), report.Previous);
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(2);
            // Fixed widths: measuring the text (AdjustToContents) needs libgdiplus, which the servers do not have.
            sheet.Columns().Width = 12;
            sheet.Column(1).Width = 36;
        }
        summary.Column(8).Width = 70;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Monthly(IXLWorksheet sheet, ProgressActuals actuals)
    {
        sheet.Cell(1, 1).SetValue($"{FiscalYear.JapaneseName(actuals.FiscalYear)} 月ごとの実績");
        Header(sheet, 2, ["指標", "単位", .. Enumerable.Range(0, 12).Select(m => FiscalYear.MonthName(actuals.FiscalYear, m)), "年度計（今日まで）"]);
        var row = 3;
        foreach (var actual in actuals.Indicators)
        {
            sheet.Cell(row, 1).SetValue(actual.Indicator.JapaneseName());
            sheet.Cell(row, 2).SetValue(actual.Indicator.Unit().Symbol());
            for (var m = 0; m < 12; m++) Number(sheet.Cell(row, m + 3), actual.Monthly[m]);
            Number(sheet.Cell(row, 15), actual.ToDate);
            row++;
        }
    }

    private static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> columns)
    {
        for (var col = 0; col < columns.Count; col++) sheet.Cell(row, col + 1).SetValue(columns[col]);
        sheet.Row(row).Style.Font.Bold = true;
    }

    // An empty cell, not 0, where there is nothing yet (a month to come, a share with nothing to divide).
    private static void Number(IXLCell cell, int? value)
    {
        if (value is { } v) cell.SetValue(v);
    }

    private static string JapaneseFormatOf(DateOnly date) => Components.UI.JapaneseFormat.Wareki(date);
}
