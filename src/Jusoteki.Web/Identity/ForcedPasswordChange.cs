using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Jusoteki.Web.Identity;

/// <summary>
/// After the 管理者 resets a password, the person must choose their own before anything else: every page sends them to
/// 「パスワードの変更」 (and back afterwards); a hub, the Blazor circuit, an export or a form post is refused with 403.
/// Only what needs no sign-in (login page, styles, scripts, health) and signing out stay open.
/// </summary>
public static class ForcedPasswordChange
{
    public const string Path = "/account/change-password";

    public static bool MustChange(System.Security.Claims.ClaimsPrincipal user) => user.HasClaim(JusotekiClaims.MustChangePassword, "true");

    public static IApplicationBuilder UseForcedPasswordChange(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!MustChange(context.User) || MayPass(context))
        {
            await next(context);
            return;
        }
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments(IdentitySetup.HubsPath) && !request.Path.StartsWithSegments("/_blazor"))
            context.Response.Redirect($"{Path}?returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}");
        else
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
    });

    private static bool MayPass(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Path)
        || context.Request.Path.StartsWithSegments(IdentitySetup.LogoutPath)
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
