using System.Security.Claims;
using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Identity;

public sealed class AccountInitializerTests : IAsyncLifetime
{
    private readonly IdentityTestApp _app = new();
    private ServiceProvider _services => (ServiceProvider)_app.Services;

    public Task InitializeAsync() => _app.InitializeAsync(seedDemo: false, production: false);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task InitializeAccountsAsync(bool seedDemo, bool production) => _app.InitializeAccountsAsync(seedDemo, production);

    [Fact]
    public async Task Every_role_exists_even_without_demo_data_and_no_account_is_created()
    {
        await InitializeAccountsAsync(seedDemo: false, production: true);

        await using var scope = _services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AppRoles.All) Assert.True(await roles.RoleExistsAsync(role), role);
        Assert.Empty(scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>().Users);
    }

    [Fact]
    public async Task Demo_accounts_are_created_once_with_their_role_and_agency()
    {
        await InitializeAccountsAsync(seedDemo: true, production: false);
        await InitializeAccountsAsync(seedDemo: true, production: false);

        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
        Assert.Equal(DemoAccounts.All.Count, users.Users.Count());
        var houkatsu = (await users.FindByIdAsync("houkatsu"))!;
        Assert.Equal(("地域包括 佐藤", MidoriCityDemo.AgencyId("houkatsu-chuo")), (houkatsu.DisplayName, houkatsu.AgencyId!.Value));
        Assert.True(await users.IsInRoleAsync(houkatsu, AppRoles.AgencyStaff));
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync("gicho"))!, AppRoles.Chair));
        Assert.All(AppRoles.All, role => Assert.Contains(DemoAccounts.All, a => a.Role == role));
    }

    [Fact]
    public async Task A_demo_account_deleted_since_the_last_start_is_created_again()
    {
        await InitializeAccountsAsync(seedDemo: true, production: false);
        await using (var scope = _services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync("minsei"))!)).Succeeded);
        }

        await InitializeAccountsAsync(seedDemo: true, production: false);

        await using var after = _services.CreateAsyncScope();
        Assert.NotNull(await after.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>().FindByIdAsync("minsei"));
    }

    [Fact]
    public async Task A_production_start_is_refused_while_a_demo_account_keeps_the_demo_password()
    {
        await InitializeAccountsAsync(seedDemo: true, production: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InitializeAccountsAsync(seedDemo: false, production: true));

        Assert.Contains("デモ用パスワード", error.Message);
    }

    [Fact]
    public async Task A_production_start_is_allowed_once_every_demo_password_is_changed()
    {
        await InitializeAccountsAsync(seedDemo: true, production: false);
        await using (var scope = _services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
            foreach (var user in users.Users.ToList())
                Assert.True((await users.ChangePasswordAsync(user, DemoAccounts.Password, "a-real-passphrase-2027")).Succeeded);
        }

        await InitializeAccountsAsync(seedDemo: false, production: true);
    }

    [Fact]
    public async Task The_password_policy_refuses_passwords_shorter_than_twelve_characters()
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();

        var result = await users.CreateAsync(new JusotekiUser { UserName = "short", DisplayName = "短い" }, "abc123");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooShort");
    }

    [Fact]
    public async Task A_signed_in_user_carries_display_name_and_agency_claims()
    {
        await InitializeAccountsAsync(seedDemo: true, production: false);
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<JusotekiUser>>();

        var principal = await factory.CreateAsync((await users.FindByIdAsync("police"))!);

        Assert.Equal("みどり警察署 生活安全課 高橋", principal.FindFirstValue(JusotekiClaims.DisplayName));
        Assert.Equal(MidoriCityDemo.AgencyId("police").ToString(), principal.FindFirstValue(JusotekiClaims.AgencyId));
        Assert.Equal("police", principal.FindFirstValue(ClaimTypes.NameIdentifier));
    }
}
