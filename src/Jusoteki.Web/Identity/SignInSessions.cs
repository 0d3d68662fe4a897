using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Jusoteki.Web.Identity;

/// <summary>
/// A sign-in as a server-side session: the cookie carries a random session id (<see cref="ClaimType"/>) that is good only
/// while <see cref="SignInSessionStore"/> holds it. ログアウト and 画面をロック end that one session — the same person's
/// sign-ins on other PCs go on — and announce it (<see cref="Ended"/>) so that its hub connections and circuits close at
/// once. Every request asks <see cref="IsOpenAsync"/>, so an answer is cached for a few seconds; an ending in this process
/// takes effect at once, and in the other servers of a cluster as soon as <see cref="IIdentitySignals"/> tells them
/// (within <see cref="CacheFor"/> if the message is lost).
/// </summary>
public sealed class SignInSessions(SignInSessionStore store, TimeProvider clock, IIdentitySignals? signals = null)
{
    public const string ClaimType = "jusoteki:session";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    /// <summary>A sign-in lasts a working day at most, however busy (the cookie itself lapses after an idle hour).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, (bool Open, DateTimeOffset Until)> _open = new();
    private long _endings;

    /// <summary>Raised with a session's id when it ends: whatever was opened with it must close.</summary>
    public event Action<string>? Ended;

    public static string? IdOf(ClaimsPrincipal principal) => principal.FindFirstValue(ClaimType);

    /// <summary>Signs <paramref name="user"/> in on this browser with a new session.</summary>
    public async Task SignInAsync(SignInManager<JusotekiUser> signIn, JusotekiUser user)
    {
        var sessionId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await store.StartAsync(user.Id, sessionId, clock.GetUtcNow(), MaxAge);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd"), new Claim(ClaimType, sessionId)]);
    }

    /// <summary>A fresh cookie for the same session (after a password change), instead of Identity's refresh that drops the id.</summary>
    public async Task RefreshAsync(SignInManager<JusotekiUser> signIn, JusotekiUser user, ClaimsPrincipal current)
    {
        if (IdOf(current) is not { } sessionId)
        {
            await SignInAsync(signIn, user);
            return;
        }
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd"), new Claim(ClaimType, sessionId)]);
    }

    public async Task<bool> IsOpenAsync(string userId, string? sessionId)
    {
        if (string.IsNullOrEmpty(sessionId)) return false;
        var now = clock.GetUtcNow();
        var key = userId + "\n" + sessionId;
        if (_open.TryGetValue(key, out var cached) && cached.Until > now) return cached.Open;
        var endings = Interlocked.Read(ref _endings);
        var open = await store.StartedAtAsync(userId, sessionId) is { } started && now - started <= MaxAge;
        // An ending while this was read may have made it stale: answer it once, but do not keep it.
        if (Interlocked.Read(ref _endings) == endings) _open[key] = (open, now + CacheFor);
        if (_open.Count > 10_000) foreach (var lapsed in _open.Where(e => e.Value.Until <= now)) _open.TryRemove(lapsed.Key, out _);
        return open;
    }

    /// <summary>Ends the session <paramref name="principal"/> was signed in with; a copy of its cookie no longer opens anything.</summary>
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || IdOf(principal) is not { } sessionId) return;
        Interlocked.Increment(ref _endings);
        await store.EndAsync(userId, sessionId);
        EndedElsewhere(userId, sessionId);
        signals?.SessionEnded(userId, sessionId);
    }

    /// <summary>The session ended on another server (already stored): forget it here and close what it has open.</summary>
    public void EndedElsewhere(string userId, string sessionId)
    {
        Interlocked.Increment(ref _endings);
        _open[userId + "\n" + sessionId] = (false, DateTimeOffset.MaxValue);
        Ended?.Invoke(sessionId);
    }
}
