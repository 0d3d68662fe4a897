using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Jusoteki.Web.Identity;

/// <summary>
/// A live circuit outlasts the request that signed it in: every minute it checks again that the account still exists, is
/// not disabled, has the same security stamp (a role change renews it) and an open sign-in session (<see cref="AccountValidity"/>).
/// If not, the board closes and asks for login — at once when the 管理者 changes the account or its session is ended here.
/// </summary>
public sealed class RevalidatingIdentityStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly AccountValidity _validity;
    private readonly SignInSessions _sessions;

    public RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, AccountValidity validity, SignInSessions sessions) : base(loggerFactory)
    {
        _validity = validity;
        _sessions = sessions;
        validity.Revoked += OnRevoked;
        sessions.Ended += OnSessionEnded;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        await _validity.CurrentCallerAsync(authenticationState.User) is not null;

    protected override void Dispose(bool disposing)
    {
        _validity.Revoked -= OnRevoked;
        _sessions.Ended -= OnSessionEnded;
        base.Dispose(disposing);
    }

    private void OnRevoked(string userId) => _ = SignOutIfAsync(user => user.FindFirstValue(ClaimTypes.NameIdentifier) == userId);

    // The tab that signed out is on its way to the login page: signing its circuit out at once would race that redirect
    // with the board's own "please log in" one. Other tabs of the session follow a moment later.
    private void OnSessionEnded(string sessionId) => _ = SignOutLaterAsync(user => SignInSessions.IdOf(user) == sessionId);

    public static readonly TimeSpan SessionEndGrace = TimeSpan.FromSeconds(3);

    private async Task SignOutLaterAsync(Func<ClaimsPrincipal, bool> concerns)
    {
        await Task.Delay(SessionEndGrace);
        await SignOutIfAsync(concerns);
    }

    // As the base class does when revalidation fails: the circuit's user becomes anonymous and the pages ask for login.
    private async Task SignOutIfAsync(Func<ClaimsPrincipal, bool> concerns)
    {
        var state = await GetAuthenticationStateAsync();
        if (state.User.Identity?.IsAuthenticated == true && concerns(state.User))
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
    }
}
