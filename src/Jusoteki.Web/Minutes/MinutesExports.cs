using System.Text;
using Jusoteki.Domain.Common;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Security;

namespace Jusoteki.Web.Minutes;

/// <summary>
/// Downloads of minutes as Markdown and .docx: the same view as the page (the same redaction for the same reader), audited the
/// same way. A refusal is a Japanese message; the browser's own print-to-PDF covers PDF (the page has a print layout).
/// </summary>
public static class MinutesExports
{
    public static IEndpointRouteBuilder MapMinutesExports(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapPersonalDataDownloads();
        downloads.MapGet("/meetings/{meetingId:guid}/minutes.md", (Guid meetingId, int? version, HttpContext http, MinutesQueries minutes) =>
            ExportAsync(meetingId, version, http, minutes, view => Encoding.UTF8.GetBytes(MinutesMarkdown.Render(view)), "text/markdown; charset=utf-8", "md"))
            .RequireAuthorization();
        downloads.MapGet("/meetings/{meetingId:guid}/minutes.docx", (Guid meetingId, int? version, HttpContext http, MinutesQueries minutes) =>
            ExportAsync(meetingId, version, http, minutes, MinutesDocx.Render, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"))
            .RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ExportAsync(Guid meetingId, int? version, HttpContext http, MinutesQueries minutes,
        Func<MinutesView, byte[]> render, string contentType, string extension)
    {
        try
        {
            var view = await minutes.GetAsync(meetingId, CurrentCaller.From(http.User), version, http.RequestAborted);
            if (view is null) return Results.Text("指定された会議が見つかりません。", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
            var name = ExportText.FileName($"{view.Header.Title}_議事録_第{view.Version}版", extension);
            return Results.File(render(view), contentType, name);
        }
        catch (DomainException refused)
        {
            return Results.Text(refused.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);
        }
    }
}
