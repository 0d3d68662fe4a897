using System.Globalization;
using System.Text;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.UI;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Audit;

/// <summary>
/// 監査ログの CSV: the rows the page shows for the same filter (all pages, newest first, up to <see cref="AuditQueries.ExportLimit"/>),
/// UTF-8 with BOM so that Excel reads the Japanese, never cached, and itself audited.
/// </summary>
public static class AuditExport
{
    public const string Path = "/admin/audit/export.csv";
    public static readonly string[] Columns = ["日時", "操作", "操作コード", "利用者ID", "利用者", "ケース", "内容"];

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapPersonalDataDownloads().MapGet(Path, ExportAsync).RequireAuthorization();
        return app;
    }

    /// <summary>The page's filter as query parameters (dates as days in Japan, both inclusive).</summary>
    public static AuditFilter FilterOf(string? action, string? actor, DateOnly? from, DateOnly? to) => new(
        Action: string.IsNullOrWhiteSpace(action) ? null : action,
        Actor: string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
        From: DayStart(from),
        Until: to is { } t ? DayStart(t.AddDays(Bounded(t) ? 1 : 0)) : null);

    // A day the log cannot hold (before 1900 or in 9999: the offset would overflow) bounds nothing rather than failing.
    private static bool Bounded(DateOnly day) => day.Year is >= 1900 and < 9999;

    private static DateTimeOffset? DayStart(DateOnly? day) =>
        day is { } d && Bounded(d) ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), JapanTime.Offset) : null;

    public static string QueryOf(string? action, string? actor, DateOnly? from, DateOnly? to)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("action", action);
        Add("actor", actor);
        Add("from", from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public static byte[] Csv(IEnumerable<AuditLine> lines)
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(",", cells.Select(c => CaseExports.CsvCell(ExportText.Printable(c))))).Append("\r\n");
        Line(Columns);
        foreach (var l in lines)
            Line([JapaneseFormat.DateTime(l.At), l.ActionName, l.Action, l.ActorId, l.ActorName, l.CasePseudonym ?? "", l.Detail]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static async Task<IResult> ExportAsync(HttpContext http, AuditQueries queries, AuditLog audit, TimeProvider clock,
        string? action, string? actor, string? from, string? to)
    {
        DateOnly? Day(string? value) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if ((from is { Length: > 0 } && Day(from) is null) || (to is { Length: > 0 } && Day(to) is null))
            return Results.Text("期間の日付は YYYY-MM-DD の形で指定してください。", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
        var caller = CurrentCaller.From(http.User);
        try
        {
            var page = await queries.ReadPageAsync(caller, FilterOf(action, actor, Day(from), Day(to)), 0, AuditQueries.ExportLimit, http.RequestAborted);
            var now = clock.GetUtcNow();
            // Who took a copy of the log, and how much of it: the export is in the log it exports.
            await audit.AppendAsync([new AuditRecord(now, "audit.exported", caller.Actor.Id, caller.Actor.DisplayName, null, null,
                $"監査ログをCSVで出力（{page.Lines.Count}件{(page.Total > page.Lines.Count ? $"／該当{page.Total}件" : "")}）")], http.RequestAborted);
            return Results.File(Csv(page.Lines), "text/csv; charset=utf-8", $"監査ログ_{JapanTime.DateOf(now):yyyyMMdd}.csv");
        }
        catch (DomainException refused)
        {
            return Results.Text(refused.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);
        }
    }
}
