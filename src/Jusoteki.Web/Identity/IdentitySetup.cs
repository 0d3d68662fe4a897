using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Jusoteki.Web.Identity;

public static class IdentitySetup
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string LockPath = "/account/lock";

    /// <summary>Where the SignalR hubs for non-browser clients live (not the Blazor circuit's /_blazor).</summary>
    public const string HubsPath = "/hubs";

    /// <summary>Only a path on this site: a login or lock link must not send anyone elsewhere afterwards.</summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");

    /// <summary>
    /// Where to go back after login or lock: a local path or "/", with every character a Location header cannot carry
    /// (non-ASCII such as /会議, control characters) percent-encoded as UTF-8 — a header with them answered 500.
    /// </summary>
    public static string SafeLocalPath(string? url)
    {
        if (!IsLocalPath(url)) return "/";
        var safe = new System.Text.StringBuilder(url!.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F) safe.Append((char)rune.Value);
            else
            {
                var length = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..length]) safe.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return safe.ToString();
    }

    /// <summary>
    /// ASP.NET Core Identity on the app's own database: cookie sign-in, a password policy a municipal office can live with,
    /// lockout after repeated failures, and every page closed to anyone not signed in.
    /// </summary>
    public static IServiceCollection AddJusotekiIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "Jusoteki.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // A shared meeting-room PC: the sign-in lasts a working day at most, and lapses after an idle hour.
            cookie.ExpireTimeSpan = TimeSpan.FromHours(1);
            cookie.SlidingExpiration = true;
            // The login page is for people opening pages: a hub client gets a plain 401/403, a post to nothing a plain 404.
            var toLogin = cookie.Events.OnRedirectToLogin;
            var toDenied = cookie.Events.OnRedirectToAccessDenied;
            cookie.Events.OnRedirectToLogin = context => StatusInsteadOfRedirect(context, StatusCodes.Status401Unauthorized) ?? toLogin(context);
            cookie.Events.OnRedirectToAccessDenied = context => StatusInsteadOfRedirect(context, StatusCodes.Status403Forbidden) ?? toDenied(context);
            // Every request: the sign-in session must still be open on the server (ログアウト or 画面をロック ended it otherwise).
            var checkStamp = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                await checkStamp(context);
                if (context.Principal is not { } principal) return;
                var sessions = context.HttpContext.RequestServices.GetRequiredService<SignInSessions>();
                if (principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId
                    && await sessions.IsOpenAsync(userId, SignInSessions.IdOf(principal))) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            };
            // Signing in on the login page, the cookie handler itself redirects to ?ReturnUrl= as typed: /会議 would answer 500.
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(SafeLocalPath(context.RedirectUri));
                return Task.CompletedTask;
            };
        });
        services.AddIdentityCore<JusotekiUser>(options =>
            {
                // Long passphrases rather than symbol rules (NIST SP 800-63B); lockout stops guessing.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JusotekiDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<JusotekiClaimsFactory>()
            .AddErrorDescriber<JapaneseIdentityErrors>()
            .AddDefaultTokenProviders();
        // A disabled account or a changed role takes effect within minutes, not at the cookie's end.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // The renewed cookie keeps its sign-in session (the principal is rebuilt from the account without it).
            options.OnRefreshingPrincipal = refreshing =>
            {
                if (refreshing.CurrentPrincipal?.FindFirst(SignInSessions.ClaimType) is { } session && refreshing.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    identity.AddClaim(new System.Security.Claims.Claim(SignInSessions.ClaimType, session.Value));
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddScoped<AccountInitializer>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<PasswordChange>();
        services.AddSingleton<AccountValidity>();
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<PasswordLogin>();
        return services;
    }

    private static Task? StatusInsteadOfRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(HubsPath)) context.Response.StatusCode = status;
        // Nothing answers this method here: no endpoint, or routing's stand-in for "405", which carries no metadata.
        else if (!HttpMethods.IsGet(request.Method) && context.HttpContext.GetEndpoint() is null or { Metadata.Count: 0 })
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        else return null;
        return Task.CompletedTask;
    }
}
