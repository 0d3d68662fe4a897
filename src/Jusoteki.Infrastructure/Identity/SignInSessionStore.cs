using System.Globalization;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Identity;

/// <summary>
/// The server's record of open sign-ins (one per login on one browser), kept in Identity's user-token table so that it
/// survives a restart and needs no table of its own: a cookie is good only while its session is here. Ending a session
/// (ログアウト, 画面をロック) deletes its row, so a copy of the cookie is worthless afterwards.
/// </summary>
public sealed class SignInSessionStore(IDbContextFactory<JusotekiDbContext> contexts)
{
    public const string LoginProvider = "Jusoteki.Session";

    public async Task StartAsync(string userId, string sessionId, DateTimeOffset now, TimeSpan maxAge, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Sessions that lapsed by age are never ended by anyone: drop this person's old ones as they sign in again.
        var old = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider).ToListAsync(ct);
        db.UserTokens.RemoveRange(old.Where(t => StartedAt(t.Value) is not { } started || now - started > maxAge));
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = LoginProvider, Name = sessionId, Value = now.ToString("O", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>When the session started, or null if it was ended (or never existed).</summary>
    public async Task<DateTimeOffset?> StartedAtAsync(string userId, string sessionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var value = await db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == sessionId)
            .Select(t => t.Value).FirstOrDefaultAsync(ct);
        return value is null ? null : StartedAt(value);
    }

    public async Task EndAsync(string userId, string sessionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == sessionId).ExecuteDeleteAsync(ct);
    }

    private static DateTimeOffset? StartedAt(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started) ? started : null;
}
