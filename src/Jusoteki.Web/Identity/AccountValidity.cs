using System.Collections.Concurrent;
using System.Security.Claims;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jusoteki.Web.Identity;

/// <summary>
/// Whether a signed-in principal still stands for its account as the account is now: it exists, is not disabled and has the
/// security stamp the principal carries (a role or agency change renews it), and its sign-in session is still open
/// (<see cref="SignInSessions"/>: ログアウト and 画面をロック end it), as <see cref="RevalidatingIdentityStateProvider"/>
/// checks for circuits. Hub connections ask on every invocation and before every relayed batch, so an answer is cached for a
/// few seconds; the 管理者's changes take effect at once (<see cref="Revoke"/>), on the other servers of a cluster as soon
/// as <see cref="IIdentitySignals"/> tells them.
/// </summary>
public sealed class AccountValidity(IServiceScopeFactory scopes, IOptions<IdentityOptions> options, TimeProvider clock, SignInSessions sessions,
    IIdentitySignals? signals = null)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (Account? Account, DateTimeOffset Until)> _accounts = new();
    private long _revocations;

    /// <summary>Raised with an account's id when it is disabled or changed: whatever it has open must close.</summary>
    public event Action<string>? Revoked;

    /// <summary>The caller the principal stands for now (its current roles and agency), or null if it may no longer act.</summary>
    public async Task<Caller?> CurrentCallerAsync(ClaimsPrincipal principal)
    {
        var claims = options.Value.ClaimsIdentity;
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(claims.UserIdClaimType) is not { } userId) return null;
        var account = await LoadAsync(userId);
        if (account is null || account.Disabled) return null;
        if (principal.FindFirstValue(claims.SecurityStampClaimType) != account.SecurityStamp) return null;
        return await sessions.IsOpenAsync(userId, SignInSessions.IdOf(principal)) ? account.Caller : null;
    }

    /// <summary>The account was disabled or changed in this process: forget what was cached and tell its connections, here and on the other servers.</summary>
    public void Revoke(string userId)
    {
        RevokedElsewhere(userId);
        signals?.AccountRevoked(userId);
    }

    /// <summary>The account was disabled or changed on another server (already stored): the same here, without telling again.</summary>
    public void RevokedElsewhere(string userId)
    {
        Interlocked.Increment(ref _revocations);
        _accounts.TryRemove(userId, out _);
        Revoked?.Invoke(userId);
    }

    private async Task<Account?> LoadAsync(string userId)
    {
        var now = clock.GetUtcNow();
        if (_accounts.TryGetValue(userId, out var cached) && cached.Until > now) return cached.Account;
        var revocations = Interlocked.Read(ref _revocations);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
        Account? account = null;
        if (await users.FindByIdAsync(userId) is { } user)
        {
            var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName;
            var caller = new Caller(new Actor(user.Id, name), (await users.GetRolesAsync(user)).ToHashSet(), user.AgencyId);
            account = new Account(await users.GetSecurityStampAsync(user), user.IsDisabled, caller);
        }
        // A revocation while this was read may have made it stale: answer it once, but do not keep it.
        if (Interlocked.Read(ref _revocations) == revocations) _accounts[userId] = (account, now + CacheFor);
        return account;
    }

    private sealed record Account(string? SecurityStamp, bool Disabled, Caller Caller);
}
