namespace Jusoteki.Web.Security;

/// <summary>
/// Endpoints that hand out files with personal data (minutes as .md and .docx, and any export to come) are mapped in this
/// group: every answer is sent with <c>Cache-Control: no-store</c>, so that no browser or proxy keeps a copy (a shared PC).
/// </summary>
public static class PersonalDataDownloads
{
    public static RouteGroupBuilder MapPersonalDataDownloads(this IEndpointRouteBuilder app) =>
        app.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
}
