using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Identity;

/// <summary>
/// The login's rules behind the form: the same refusal for an unknown name, a wrong password, a locked or a disabled account
/// until the right password; an account locks only when failures come from more than one source; a source trying many
/// names is held off all of them.
/// </summary>
public sealed class PasswordLoginTests : IAsyncLifetime
{
    private readonly IdentityTestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync(seedDemo: true);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task One_source_cannot_lock_an_account_but_failures_from_two_sources_do_and_the_lock_shows_only_after_the_right_password()
    {
        for (var i = 0; i < LoginThrottle.CountedPerSourceAndAccount; i++)
            Assert.Equal(PasswordLogin.Refused, (await TryAsync("gicho", "wrong-password-1", "10.0.0.1")).Refusal);
        Assert.Equal(PasswordLogin.Held, (await TryAsync("gicho", "wrong-password-1", "10.0.0.1")).Refusal);
        Assert.Equal(PasswordLogin.Held, (await TryAsync("gicho", DemoAccounts.Password, "10.0.0.1")).Refusal);
        Assert.NotNull((await TryAsync("gicho", DemoAccounts.Password, "10.0.0.9")).User);

        for (var i = 0; i < 3; i++) await TryAsync("kodomo", "wrong-password-1", "10.0.0.1");
        for (var i = 0; i < 2; i++) await TryAsync("kodomo", "wrong-password-1", "10.0.0.2");

        Assert.Equal(PasswordLogin.Refused, (await TryAsync("kodomo", "wrong-password-2", "10.0.0.3")).Refusal);
        Assert.Equal(PasswordLogin.LockedOut, (await TryAsync("kodomo", DemoAccounts.Password, "10.0.0.3")).Refusal);
    }

    [Fact]
    public async Task A_disabled_account_is_refused_like_a_wrong_password_until_its_right_password()
    {
        await using (var scope = _app.Scope())
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetDisabledAsync(TestApp.Caller("admin", AppRoles.Administrator), "hoken", disabled: true);

        Assert.Equal(PasswordLogin.Refused, (await TryAsync("hoken", "wrong-password-1", "10.0.0.1")).Refusal);
        Assert.Equal(PasswordLogin.Refused, (await TryAsync("no-such-user", "wrong-password-1", "10.0.0.1")).Refusal);
        Assert.Equal(PasswordLogin.Disabled, (await TryAsync("hoken", DemoAccounts.Password, "10.0.0.1")).Refusal);
    }

    [Fact]
    public async Task A_source_trying_many_names_is_held_off_every_name_and_audited_once()
    {
        for (var i = 0; i < LoginThrottle.FailuresPerSource; i++) await TryAsync($"guess-{i}", "wrong-password-1", "10.0.0.7");

        Assert.Equal(PasswordLogin.Held, (await TryAsync("shidou", DemoAccounts.Password, "10.0.0.7")).Refusal);
        Assert.Equal(PasswordLogin.Held, (await TryAsync("shakyo", DemoAccounts.Password, "10.0.0.7")).Refusal);
        Assert.NotNull((await TryAsync("shidou", DemoAccounts.Password, "10.0.0.8")).User);
        await using var scope = _app.Scope();
        var log = await scope.ServiceProvider.GetRequiredService<Jusoteki.Infrastructure.Audit.AuditLog>().ReadAsync(new(Action: "account.login-held"));
        Assert.Single(log);
        Assert.DoesNotContain(log, r => r.Detail.Contains("guess") || r.ActorId.Contains("guess"));
    }

    private async Task<LoginCheck> TryAsync(string userName, string password, string source)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<PasswordLogin>().CheckAsync(userName, password, source);
    }
}
