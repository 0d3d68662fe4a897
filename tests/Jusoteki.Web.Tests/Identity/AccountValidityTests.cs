using System.Security.Claims;
using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Hubs;
using Jusoteki.Web.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jusoteki.Web.Tests.Identity;

/// <summary>
/// A principal signed in before its account was disabled or changed no longer stands for it: at once when the 管理者 changes
/// it here, within the cache's few seconds when it changed elsewhere; and a hub call with it is refused and closes the connection.
/// </summary>
public sealed class AccountValidityTests : IAsyncLifetime
{
    private static readonly Caller Admin = TestApp.Caller("admin", AppRoles.Administrator);
    private readonly IdentityTestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync(seedDemo: true);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private AccountValidity Validity => _app.Services.GetRequiredService<AccountValidity>();
    private SignInSessions Sessions => _app.Services.GetRequiredService<SignInSessions>();

    [Fact]
    public async Task A_signed_in_account_stands_for_its_current_role_and_agency()
    {
        var caller = await Validity.CurrentCallerAsync(await SignInAsync("houkatsu"));

        Assert.NotNull(caller);
        Assert.Equal(("houkatsu", (Guid?)MidoriCityDemo.AgencyId("houkatsu-chuo")), (caller.Actor.Id, caller.AgencyId));
        Assert.Contains(AppRoles.AgencyStaff, caller.Roles);
        Assert.Null(await Validity.CurrentCallerAsync(new ClaimsPrincipal()));
    }

    [Fact]
    public async Task Disabling_an_account_invalidates_its_principal_at_once_and_announces_it()
    {
        var principal = await SignInAsync("houkatsu");
        Assert.NotNull(await Validity.CurrentCallerAsync(principal));
        var revoked = new List<string>();
        Validity.Revoked += revoked.Add;

        await WithAccounts(accounts => accounts.SetDisabledAsync(Admin, "houkatsu", disabled: true));

        Assert.Null(await Validity.CurrentCallerAsync(principal));
        Assert.Equal(["houkatsu"], revoked);
    }

    [Fact]
    public async Task After_a_role_change_the_old_principal_is_refused_and_a_new_sign_in_carries_the_new_role()
    {
        var principal = await SignInAsync("houkatsu");
        Assert.NotNull(await Validity.CurrentCallerAsync(principal));

        await WithAccounts(accounts => accounts.ChangeRoleAsync(Admin, "houkatsu", AppRoles.Reviewer, null));

        Assert.Null(await Validity.CurrentCallerAsync(principal));
        var caller = await Validity.CurrentCallerAsync(await SignInAsync("houkatsu"));
        Assert.Equal([AppRoles.Reviewer], caller!.Roles);
        Assert.Null(caller.AgencyId);
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_seen_once_the_short_cache_lapses()
    {
        var clock = new ManualClock();
        var validity = new AccountValidity(_app.Services.GetRequiredService<IServiceScopeFactory>(),
            _app.Services.GetRequiredService<IOptions<IdentityOptions>>(), clock, Sessions);
        var principal = await SignInAsync("houkatsu");
        Assert.NotNull(await validity.CurrentCallerAsync(principal));

        // Another server process (or a script on the database) renews the stamp; this one is not told.
        await using (var scope = _app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync("houkatsu"))!);
        }
        clock.Advance(AccountValidity.CacheFor);

        Assert.Null(await validity.CurrentCallerAsync(principal));
    }

    [Fact]
    public async Task A_hub_call_of_a_disabled_account_is_refused_in_japanese_and_closes_the_connection()
    {
        var connection = new FakeConnection(await SignInAsync("houkatsu"));
        using var filter = new AccountValidityFilter(Validity, Sessions, TimeProvider.System, NullLogger<AccountValidityFilter>.Instance);
        var invocation = new HubInvocationContext(connection, _app.Services, new EmptyHub(), typeof(EmptyHub).GetMethod(nameof(EmptyHub.Ping))!, []);
        var calls = 0;
        await filter.InvokeMethodAsync(invocation, _ => { calls++; return ValueTask.FromResult<object?>(null); });

        await WithAccounts(accounts => accounts.SetDisabledAsync(Admin, "houkatsu", disabled: true));
        var refused = await Assert.ThrowsAsync<HubException>(async () =>
            await filter.InvokeMethodAsync(invocation, _ => { calls++; return ValueTask.FromResult<object?>(null); }));

        Assert.Equal(1, calls);
        Assert.Contains("このアカウントは無効になったか", refused.Message);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!connection.Aborted && DateTime.UtcNow < deadline) await Task.Delay(20); // polling a condition, not sleeping for a result
        Assert.True(connection.Aborted);
    }

    [Fact]
    public async Task Signing_out_ends_that_sign_in_session_at_once_and_closes_its_hub_connections_while_the_same_persons_other_session_goes_on()
    {
        var thisPc = await SignInAsync("houkatsu");
        var otherPc = await SignInAsync("houkatsu");
        var onThisPc = new FakeConnection(thisPc, "connection-this");
        var onOtherPc = new FakeConnection(otherPc, "connection-other");
        using var filter = new AccountValidityFilter(Validity, Sessions, TimeProvider.System, NullLogger<AccountValidityFilter>.Instance);
        foreach (var connection in new[] { onThisPc, onOtherPc })
            await filter.OnConnectedAsync(new HubLifetimeContext(connection, _app.Services, new EmptyHub()), _ => Task.CompletedTask);
        Assert.NotNull(await Validity.CurrentCallerAsync(thisPc));

        await Sessions.EndAsync(thisPc);

        Assert.Null(await Validity.CurrentCallerAsync(thisPc));
        Assert.False(await Sessions.IsOpenAsync("houkatsu", SignInSessions.IdOf(thisPc)));
        Assert.True(onThisPc.Aborted);
        Assert.NotNull(await Validity.CurrentCallerAsync(otherPc));
        Assert.False(onOtherPc.Aborted);
        // Another process that never heard of it finds the session gone from the database.
        var elsewhere = new SignInSessions(_app.Services.GetRequiredService<SignInSessionStore>(), TimeProvider.System);
        Assert.False(await elsewhere.IsOpenAsync("houkatsu", SignInSessions.IdOf(thisPc)));
        Assert.True(await elsewhere.IsOpenAsync("houkatsu", SignInSessions.IdOf(otherPc)));
    }

    [Fact]
    public async Task A_principal_without_an_open_sign_in_session_stands_for_nobody()
    {
        var signedIn = await SignInAsync("houkatsu");
        var withoutSession = new ClaimsPrincipal(new ClaimsIdentity(signedIn.Claims.Where(c => c.Type != SignInSessions.ClaimType), "Identity.Application"));
        var madeUp = new ClaimsPrincipal(new ClaimsIdentity(withoutSession.Claims.Append(new Claim(SignInSessions.ClaimType, "0123456789ABCDEF")), "Identity.Application"));

        Assert.Null(await Validity.CurrentCallerAsync(withoutSession));
        Assert.Null(await Validity.CurrentCallerAsync(madeUp));
    }

    // As the login page does: the account's claims plus a new sign-in session.
    private async Task<ClaimsPrincipal> SignInAsync(string userName)
    {
        await using var scope = _app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<JusotekiUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var principal = await factory.CreateAsync(user);
        var sessionId = Guid.NewGuid().ToString("N");
        await scope.ServiceProvider.GetRequiredService<SignInSessionStore>().StartAsync(user.Id, sessionId, DateTimeOffset.UtcNow, SignInSessions.MaxAge);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SignInSessions.ClaimType, sessionId));
        return principal;
    }

    private async Task WithAccounts(Func<AccountAdministration, Task> action)
    {
        await using var scope = _app.Scope();
        await action(scope.ServiceProvider.GetRequiredService<AccountAdministration>());
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(9));
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class EmptyHub : Hub
    {
        public void Ping() { }
    }

    private sealed class FakeConnection(ClaimsPrincipal user, string id = "connection-1") : HubCallerContext
    {
        private volatile bool _aborted;
        public bool Aborted => _aborted;
        public override string ConnectionId => id;
        public override string? UserIdentifier => user.FindFirstValue(ClaimTypes.NameIdentifier);
        public override ClaimsPrincipal User => user;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;
        public override void Abort() => _aborted = true;
    }
}
