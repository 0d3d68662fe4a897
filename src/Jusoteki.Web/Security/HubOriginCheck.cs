using System.Text;
using Jusoteki.Web.Identity;

namespace Jusoteki.Web.Security;

/// <summary>
/// The hubs are for this app's own pages and for tools outside a browser. A browser always says which page opens a hub
/// connection (Origin); one of another origin is refused with 403 before negotiate or the WebSocket upgrade, even if it
/// carries the sign-in cookie (cross-site WebSocket hijacking). Allowed: the request's own scheme and host, and the origins
/// in <c>Jusoteki:AllowedOrigins</c> (e.g. the public https address behind a reverse proxy). No Origin: not a browser, allowed.
/// </summary>
public static class HubOriginCheck
{
    public const string Refusal = "このサイト以外のページからは接続できません。";

    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app, IConfiguration configuration)
    {
        var configured = (configuration.GetSection("Jusoteki:AllowedOrigins").Get<string[]>() ?? [])
            .Select(origin => origin.Trim().TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(IdentitySetup.HubsPath) && request.Headers.Origin.Count > 0 && !IsAllowed(request, configured))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Refusal, Encoding.UTF8);
                return;
            }
            await next();
        });
    }

    private static bool IsAllowed(HttpRequest request, HashSet<string> configured)
    {
        var origin = request.Headers.Origin.ToString();
        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase) || configured.Contains(origin);
    }
}
