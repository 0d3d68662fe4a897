using System.Security.Claims;
using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jusoteki.Web.Identity;

/// <summary>Sign-out endpoints: plain form POSTs with the antiforgery token (a link could be triggered from elsewhere).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // ログアウト. The [FromForm] parameter makes the endpoint validate the antiforgery token of the form.
        endpoints.MapPost(IdentitySetup.LogoutPath, async (HttpContext http, SignInManager<JusotekiUser> signIn, SignInSessions sessions, AuditLog audit, TimeProvider clock,
            [FromForm] string? returnUrl) =>
        {
            await SignOutAsync(http, signIn, sessions, audit, clock, "account.logout", "ログアウト");
            return Results.LocalRedirect(IdentitySetup.LoginPath + "?loggedOut=1");
        });
        // 画面をロック (a button, or idle-lock.js after a spell without input): signs out and asks to sign in again,
        // then returns to the same page. The board is gone from the screen until then.
        endpoints.MapPost(IdentitySetup.LockPath, async (HttpContext http, SignInManager<JusotekiUser> signIn, SignInSessions sessions, AuditLog audit, TimeProvider clock,
            [FromForm] string? returnUrl, [FromForm] string? reason) =>
        {
            var idle = reason == "idle";
            await SignOutAsync(http, signIn, sessions, audit, clock, idle ? "account.idle-locked" : "account.screen-locked",
                idle ? "一定時間操作がなかったため画面をロック" : "画面をロック");
            var back = IdentitySetup.SafeLocalPath(returnUrl);
            return Results.LocalRedirect($"{IdentitySetup.LoginPath}?locked={(idle ? "idle" : "manual")}&returnUrl={Uri.EscapeDataString(back)}");
        });
        return endpoints;
    }

    private static async Task SignOutAsync(HttpContext http, SignInManager<JusotekiUser> signIn, SignInSessions sessions, AuditLog audit, TimeProvider clock, string action, string detail)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
            var name = http.User.FindFirstValue(JusotekiClaims.DisplayName) ?? userId;
            await audit.AppendAsync([new AuditRecord(clock.GetUtcNow(), action, userId, name, null, null, detail)]);
            // The session ends on the server, not only in this browser: a saved copy of the cookie opens nothing afterwards.
            await sessions.EndAsync(http.User);
        }
        await signIn.SignOutAsync();
    }
}
