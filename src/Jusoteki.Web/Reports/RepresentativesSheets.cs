using ClosedXML.Excel;
using Jusoteki.Web.Components.UI;
using Jusoteki.Domain.Progress;

namespace Jusoteki.Web.Reports;

/// <summary>
/// The sheets of representatives.xlsx beside the summary: 目標と実績 (from the 進行管理), the cases discussed by 分野 and
/// 課題タグ, the stages they have reached, and the roles — each with its 和暦 heading, counts only (C8).
/// </summary>
internal static class RepresentativesSheets
{
    public static void AddBreakdowns(XLWorkbook workbook, RepresentativesReport report)
    {
        var targets = workbook.AddWorksheet(RepresentativesExports.TargetsSheet);
        targets.Cell(1, 1).SetValue($"{report.FiscalYearName} 目標と実績（{JapaneseFormat.Wareki(report.TargetsCountedUntil)}まで）");
        RepresentativesExports.Header(targets, 2, ["指標", "目標", "実績（今日まで）", "達成率"]);
        var row = 3;
        foreach (var t in report.Targets)
        {
            targets.Cell(row, 1).SetValue(t.Name);
            Number(targets.Cell(row, 2), t.Target);
            Number(targets.Cell(row, 3), t.Actual);
            Number(targets.Cell(row, 4), t.Reached);
            targets.Cell(row, 5).SetValue(t.Indicator.Unit().Symbol());
            row++;
        }
        targets.Cell(2, 5).SetValue("単位");
        targets.Cell(2, 5).Style.Font.Bold = true;

        var cases = workbook.AddWorksheet(RepresentativesExports.CasesSheet);
        cases.Cell(1, 1).SetValue($"{report.FiscalYearName} 分野・課題タグごとのケース（会議で扱ったケース {report.CasesDiscussed}件）");
        row = Counts(cases, 2, "分野", report.CasesBreakdown.ByField);
        row = Counts(cases, row + 1, "課題タグ", report.CasesBreakdown.ByTag);
        cases.Cell(row + 1, 1).SetValue("分野や課題タグが2つあるケースは、それぞれに1件ずつ数えます。");

        var stages = workbook.AddWorksheet(RepresentativesExports.StagesSheet);
        stages.Cell(1, 1).SetValue($"{report.FiscalYearName} 会議で扱ったケースの到達した段階（{JapaneseFormat.Wareki(report.Roles.CountedOn)}現在）");
        row = Counts(stages, 2, "段階", report.CasesBreakdown.ByStage);
        stages.Cell(row, 1).SetValue("合計");
        stages.Cell(row, 2).SetValue(report.CasesBreakdown.ByStage.Sum(s => s.Count));

        var roles = workbook.AddWorksheet(RepresentativesExports.RolesSheet);
        roles.Cell(1, 1).SetValue($"{report.FiscalYearName} 会議で割り当てた役割（{JapaneseFormat.Wareki(report.Roles.CountedOn)}現在）");
        RepresentativesExports.Header(roles, 2, ["項目", "件数"]);
        RepresentativesExports.Line(roles, 3, "割り当てた役割", report.Roles.Assigned, "");
        RepresentativesExports.Line(roles, 4, "完了", report.Roles.Completed, "");
        RepresentativesExports.Line(roles, 5, "期限超過", report.Roles.Overdue, "完了も取り下げもしていない役割のうち、期限の日が今日より前のもの");
    }

    // A header row, then one row per count; returns the row after the last.
    private static int Counts(IXLWorksheet sheet, int row, string heading, IReadOnlyList<CaseCount> counts)
    {
        RepresentativesExports.Header(sheet, row, [heading, "件数"]);
        foreach (var c in counts)
        {
            row++;
            sheet.Cell(row, 1).SetValue(c.Name);
            sheet.Cell(row, 2).SetValue(c.Count);
        }
        return row + 1;
    }

    private static void Number(IXLCell cell, int? value)
    {
        if (value is { } v) cell.SetValue(v);
        else cell.SetValue("—");
    }
}
