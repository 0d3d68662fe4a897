using Jusoteki.Testing;
using System.Security.Claims;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Web.Identity;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>A sign-out or an account revocation on one server reaches the other at once, not when its cache lapses.</summary>
public sealed class RedisIdentitySignalsTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-web-tests", Guid.NewGuid().ToString("N"));
    private TestApp _a = null!;
    private TestApp _b = null!;

    public async Task InitializeAsync()
    {
        _a = Server();
        await _a.InitializeAsync();
        _b = Server();
        await _b.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    [Fact]
    public async Task A_sign_out_on_one_server_closes_the_session_on_the_other_at_once()
    {
        var sessionId = Guid.NewGuid().ToString("N");
        await using (var db = await _a.Services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>().CreateDbContextAsync())
        {
            db.Users.Add(new JusotekiUser { Id = "houkatsu", UserName = "houkatsu", DisplayName = "地域包括 佐藤" });
            await db.SaveChangesAsync();
        }
        await _a.Services.GetRequiredService<SignInSessionStore>().StartAsync("houkatsu", sessionId, DateTimeOffset.UtcNow, SignInSessions.MaxAge);
        var onB = _b.Services.GetRequiredService<SignInSessions>();
        Assert.True(await onB.IsOpenAsync("houkatsu", sessionId)); // now cached on B as open for a few seconds
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        onB.Ended += id => ended.TrySetResult(id);

        await _a.Services.GetRequiredService<SignInSessions>().EndAsync(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "houkatsu"), new Claim(SignInSessions.ClaimType, sessionId)], "Test")));

        Assert.Equal(sessionId, await ended.Task.WaitAsync(TimeSpan.FromSeconds(SignInSessions.CacheFor.TotalSeconds - 1)));
        Assert.False(await onB.IsOpenAsync("houkatsu", sessionId));
    }

    [Fact]
    public async Task An_account_revoked_on_one_server_is_revoked_on_the_other_once()
    {
        var revokedOnB = new List<string>();
        var onB = _b.Services.GetRequiredService<AccountValidity>();
        onB.Revoked += id => { lock (revokedOnB) revokedOnB.Add(id); };
        var revokedOnA = 0;
        _a.Services.GetRequiredService<AccountValidity>().Revoked += _ => Interlocked.Increment(ref revokedOnA);

        _a.Services.GetRequiredService<AccountValidity>().Revoke("shakyo");
        _a.Services.GetRequiredService<AccountValidity>().Revoke("gicho");

        await Eventually.True(() => { lock (revokedOnB) return revokedOnB.Count == 2; }, "both revocations on B");
        lock (revokedOnB) Assert.Equal(["shakyo", "gicho"], revokedOnB);
        Assert.Equal(2, Volatile.Read(ref revokedOnA)); // its own message from Redis is not applied a second time
    }

    private TestApp Server() => new(redis: redis.Server.Configuration, folder: _folder, configure: services =>
    {
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<AccountValidity>();
        services.AddOptions<Microsoft.AspNetCore.Identity.IdentityOptions>();
    });
}
