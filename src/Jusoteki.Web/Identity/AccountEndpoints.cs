using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jusoteki.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>ログアウト: a POST with the antiforgery token (a link could be triggered from elsewhere), back to the login page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The [FromForm] parameter makes the endpoint validate the antiforgery token of the form.
        endpoints.MapPost(IdentitySetup.LogoutPath, async (SignInManager<JusotekiUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(IdentitySetup.LoginPath + "?loggedOut=1");
        });
        return endpoints;
    }
}
