using System.Text;
using ClosedXML.Excel;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Progress;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Reports;

/// <summary>
/// The 代表者会議 report as Excel: a sheet per section of the page, headings in 和暦. Counts, 分類 and only the wording the
/// 事務局 approved (C8) — the words as noted in a meeting never reach it.
/// </summary>
public static class RepresentativesExports
{
    public const string SummarySheet = "集計";
    public const string GapsSheet = "社会資源の不足";
    public const string EvaluationSheet = "評価";
    public const string TargetsSheet = "目標と実績";
    public const string CasesSheet = "分野・課題タグ";
    public const string StagesSheet = "到達した段階";
    public const string RolesSheet = "役割";

    public static IEndpointRouteBuilder MapRepresentativesExports(this IEndpointRouteBuilder app)
    {
        app.MapPersonalDataDownloads().MapGet("/reports/representatives.xlsx", async (HttpContext http, RepresentativesReportQueries queries, TimeProvider clock) =>
        {
            var current = FiscalYear.Of(clock.GetUtcNow());
            var year = int.TryParse(http.Request.Query["year"], out var y) ? y : current;
            if (year < FiscalYear.First || year > current + 1)
                return Results.Text(ProgressErrors.YearOutOfRange(current).Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
            try
            {
                var report = await queries.ForYearAsync(year, CurrentCaller.From(http.User), http.RequestAborted);
                return Results.File(Excel(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"代表者会議の集計_{report.FiscalYearName}.xlsx");
            }
            catch (DomainException refused)
            {
                return Results.Text(refused.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
        return app;
    }

    public static byte[] Excel(RepresentativesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        var summary = workbook.AddWorksheet(SummarySheet);
        summary.Cell(1, 1).SetValue($"{report.FiscalYearName} 代表者会議の集計");
        Header(summary, 2, ["項目", "件数・回数", "内訳"]);
        var row = 3;
        foreach (var m in report.Meetings)
            Line(summary, row++, $"{m.Kind.JapaneseName()}の開催", m.Held, $"予定を含め {m.Scheduled}回");
        Line(summary, row++, "会議で扱ったケース", report.CasesDiscussed, "");
        Line(summary, row++, "割り当てた役割", report.RolesAssigned, $"うち完了 {report.RolesCompleted}件");
        Line(summary, row++, "採択した支援プラン", report.PlansAdopted, "");
        Line(summary, row++, "終結", report.Closed, $"つながり続ける {report.ContinuedConnection}件");
        foreach (var g in report.ResourceGaps)
            Line(summary, row++, $"社会資源の不足（{g.Kind.JapaneseName()}）", g.Count, $"うち未承認 {g.Unchecked}件");

        RepresentativesSheets.AddBreakdowns(workbook, report);

        var gaps = workbook.AddWorksheet(GapsSheet);
        gaps.Cell(1, 1).SetValue($"{report.FiscalYearName} 社会資源の不足（地域づくりへ）");
        Header(gaps, 2, ["分類", "件数"]);
        row = 3;
        foreach (var c in report.ResourceGapsByCategory)
        {
            gaps.Cell(row, 1).SetValue(c.Category);
            gaps.Cell(row, 2).SetValue(c.Count);
            row++;
        }
        gaps.Cell(row, 1).SetValue("合計");
        gaps.Cell(row, 2).SetValue(report.ResourceGapsTotal);
        row += 2;
        gaps.Cell(row, 1).SetValue("事務局が承認した文言");
        gaps.Row(row).Style.Font.Bold = true;
        Header(gaps, ++row, ["分類", "文言", "会議"]);
        foreach (var a in report.ApprovedResourceGaps)
        {
            row++;
            gaps.Cell(row, 1).SetValue(a.Category);
            gaps.Cell(row, 2).SetValue(a.Wording);
            gaps.Cell(row, 3).SetValue(a.Kind.JapaneseName());
        }
        if (report.ApprovedResourceGaps.Count == 0) gaps.Cell(++row, 1).SetValue("（承認した文言はまだありません）");

        var evaluation = workbook.AddWorksheet(EvaluationSheet);
        evaluation.Cell(1, 1).SetValue($"{report.FiscalYearName} 事務局による評価");
        if (report.Evaluation is { } e)
        {
            evaluation.Cell(2, 1).SetValue($"第{e.Version}版・{e.WrittenBy}・{Components.UI.JapaneseFormat.DateTime(e.WrittenAt)}");
            evaluation.Cell(3, 1).SetValue(e.Text);
            evaluation.Cell(3, 1).Style.Alignment.WrapText = true;
            evaluation.Cell(3, 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        else evaluation.Cell(2, 1).SetValue("（評価はまだ書かれていません）");

        foreach (var sheet in workbook.Worksheets)
        {
            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(2);
            // Fixed widths: measuring the text (AdjustToContents) needs libgdiplus, which the servers do not have.
            sheet.Columns().Width = 16;
            sheet.Column(1).Width = 36;
        }
        gaps.Column(2).Width = 70;
        evaluation.Column(1).Width = 100;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    internal static void Line(IXLWorksheet sheet, int row, string item, int count, string detail)
    {
        sheet.Cell(row, 1).SetValue(item);
        sheet.Cell(row, 2).SetValue(count);
        sheet.Cell(row, 3).SetValue(detail);
    }

    internal static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> columns)
    {
        for (var col = 0; col < columns.Count; col++) sheet.Cell(row, col + 1).SetValue(columns[col]);
        sheet.Row(row).Style.Font.Bold = true;
    }
}
