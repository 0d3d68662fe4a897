using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Web.Components.UI;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Cases;

/// <summary>
/// The 進行管理台帳 as Excel (one row per case, header frozen, filter on, 和暦 dates) and CSV (UTF-8 with BOM, so Excel reads
/// the Japanese): the same cards, the same filter and the same C10 gate as the screen; the export is one visit for C6.
/// Every cell is text, and one that starts like a formula (=, +, -, @) stays text.
/// </summary>
public static class CaseExports
{
    public static readonly string[] Columns = ["仮名", "氏名", "段階", "課題タグ", "分野", "主担当機関", "本人同意", "緊急", "次回確認日", "期限超過の役割", "最後の会議"];

    public const string WithheldName = "（表示できません）";

    public static IEndpointRouteBuilder MapCaseExports(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapPersonalDataDownloads();
        downloads.MapGet("/cases/export.xlsx", (HttpContext http, CaseQueries queries, AuditLog audit) =>
            ExportAsync(http, queries, audit, Excel, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")).RequireAuthorization();
        downloads.MapGet("/cases/export.csv", (HttpContext http, CaseQueries queries, AuditLog audit) =>
            ExportAsync(http, queries, audit, Csv, "text/csv; charset=utf-8", "csv")).RequireAuthorization();
        return app;
    }

    /// <summary>The rows as the screen shows them: the name only where the reader may see it.</summary>
    public static IReadOnlyList<string[]> Rows(IEnumerable<CaseCardSummary> cards) =>
        [.. cards.Select(c => new[]
        {
            c.Pseudonym, c.PersonName ?? WithheldName, c.Stage.JapaneseName(), string.Join("・", c.Tags.Select(t => t.JapaneseName())),
            string.Join("・", c.Fields.Select(f => f.JapaneseName())), c.LeadAgencyName ?? "（未定）", c.ConsentLabel, c.Urgent ? "緊急" : "",
            c.NextReviewDate is { } d ? JapaneseFormat.Wareki(d) : "", c.OverdueRoles.ToString(CultureInfo.InvariantCulture), c.LastMeetingTitle ?? "",
        })];

    public static byte[] Excel(IReadOnlyList<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("進行管理台帳");
        for (var col = 0; col < Columns.Length; col++) sheet.Cell(1, col + 1).SetValue(Columns[col]);
        for (var row = 0; row < rows.Count; row++)
            for (var col = 0; col < Columns.Length; col++)
            {
                var cell = sheet.Cell(row + 2, col + 1);
                cell.SetValue(ExportText.Printable(rows[row][col]));
                cell.DataType = XLDataType.Text;
            }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(rows.Count, 1) + 1, Columns.Length).SetAutoFilter();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<string[]> rows) => Csv(Columns, rows);

    /// <summary>UTF-8 with BOM, CRLF, every cell quoted as needed and kept from reading as a formula.</summary>
    public static byte[] Csv(string[] columns, IReadOnlyList<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(columns)) text.Append(string.Join(",", line.Select(v => CsvCell(ExportText.Printable(v))))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // A leading quote keeps Excel from reading =, +, - or @ as the start of a formula.
    public static string CsvCell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>The board's filter as query parameters, so the export holds exactly the rows on screen.</summary>
    public static CaseBoardFilter FilterOf(IQueryCollection q) => new(
        Enum.TryParse<Field>(q["field"], out var field) ? field : null,
        Enum.TryParse<IssueTag>(q["tag"], out var tag) ? tag : null,
        Guid.TryParse(q["lead"], out var lead) ? lead : null,
        q["consent"].ToString() is { Length: > 0 } consent ? consent : null,
        q["urgent"] == "1",
        q["overdue"] == "1",
        int.TryParse(q["within"], out var within) && within is > 0 and <= 366 ? within : null,
        q["nolead"] == "1",
        q["q"].ToString() is { Length: > 0 } search ? search : null,
        DateOnly.TryParse(q["from"], CultureInfo.InvariantCulture, out var from) ? from : null,
        DateOnly.TryParse(q["to"], CultureInfo.InvariantCulture, out var to) ? to : null);

    public static string QueryOf(CaseBoardFilter f)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("field", f.Field?.ToString());
        Add("tag", f.Tag?.ToString());
        Add("lead", f.LeadAgencyId?.ToString());
        Add("consent", f.ConsentLabel);
        Add("urgent", f.UrgentOnly ? "1" : null);
        Add("overdue", f.OverdueOnly ? "1" : null);
        Add("within", f.ReviewWithinDays?.ToString(CultureInfo.InvariantCulture));
        Add("nolead", f.NoLeadOnly ? "1" : null);
        Add("q", f.Search);
        Add("from", f.ReviewFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", f.ReviewTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static async Task<IResult> ExportAsync(HttpContext http, CaseQueries queries, AuditLog audit, Func<IReadOnlyList<string[]>, byte[]> render,
        string contentType, string extension)
    {
        try
        {
            var cards = await queries.BoardAsync(CurrentCaller.From(http.User), FilterOf(http.Request.Query), new CaseDisclosureLog(audit),
                CaseQueries.ExportSurface, http.RequestAborted);
            return Results.File(render(Rows(cards)), contentType, $"進行管理台帳_{JapanTime.DateOf(DateTimeOffset.UtcNow):yyyyMMdd}.{extension}");
        }
        catch (DomainException refused)
        {
            return Results.Text(refused.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);
        }
    }
}
