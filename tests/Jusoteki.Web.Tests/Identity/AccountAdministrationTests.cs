using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Identity;

public sealed class AccountAdministrationTests : IAsyncLifetime
{
    private static readonly Caller Admin = TestApp.Caller("admin", AppRoles.Administrator);
    private static readonly Guid Houkatsu = MidoriCityDemo.AgencyId("houkatsu-chuo");
    private readonly IdentityTestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync(seedDemo: true);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<T> With<T>(Func<AccountAdministration, UserManager<JusotekiUser>, Task<T>> action)
    {
        await using var scope = _app.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountAdministration>(), scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>());
    }

    private Task Do(Func<AccountAdministration, Task> action) => With(async (accounts, _) => { await action(accounts); return 0; });

    [Fact]
    public async Task An_administrator_creates_an_account_that_can_sign_in_with_its_role_and_agency()
    {
        var user = await With(async (accounts, users) =>
        {
            await accounts.CreateAsync(Admin, "houkatsu2", "地域包括 高木", AppRoles.AgencyStaff, Houkatsu, "a-long-passphrase-1");
            return (await users.FindByNameAsync("houkatsu2"))!;
        });

        await With(async (_, users) =>
        {
            Assert.True(await users.CheckPasswordAsync(user, "a-long-passphrase-1"));
            Assert.True(await users.IsInRoleAsync(user, AppRoles.AgencyStaff));
            return 0;
        });
        Assert.Equal(("地域包括 高木", (Guid?)Houkatsu), (user.DisplayName, user.AgencyId));
        var audit = await _app.Services.GetRequiredService<AuditLog>().ReadAsync(new AuditFilter(Action: "account.created"));
        Assert.Contains(audit, r => r.ActorId == "admin" && r.Detail.Contains("houkatsu2"));
    }

    [Theory]
    [InlineData("houkatsu", "重複", AppRoles.AgencyStaff, true, "a-long-passphrase-1", "すでに使われています")]
    [InlineData("new-user", "新規", AppRoles.AgencyStaff, false, "a-long-passphrase-1", "所属機関を選んでください")]
    [InlineData("new-user", "新規", "Superuser", true, "a-long-passphrase-1", "役割を選んでください")]
    [InlineData("new-user", "新規", AppRoles.Reviewer, false, "short1", "12文字以上")]
    [InlineData("new-user", "新規", AppRoles.Reviewer, false, "no-digits-at-all", "数字を1文字以上")]
    [InlineData("new-user", " ", AppRoles.Reviewer, false, "a-long-passphrase-1", "表示名を")]
    public async Task Bad_account_input_is_refused_in_japanese_and_creates_nothing(string userName, string displayName, string role, bool withAgency, string password, string message)
    {
        var before = await With((accounts, _) => accounts.ListAsync(Admin));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Do(accounts => accounts.CreateAsync(Admin, userName, displayName, role, withAgency ? Houkatsu : null, password)));

        Assert.Contains(message, error.Message);
        Assert.Equal(before.Count, (await With((accounts, _) => accounts.ListAsync(Admin))).Count);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_enabled_again()
    {
        await Do(accounts => accounts.SetDisabledAsync(Admin, "shakyo", disabled: true));

        await With(async (_, users) =>
        {
            var user = (await users.FindByIdAsync("shakyo"))!;
            Assert.True(user.IsDisabled);
            Assert.True(await users.IsLockedOutAsync(user));
            return 0;
        });
        await With(async (accounts, users) =>
        {
            await accounts.SetDisabledAsync(Admin, "shakyo", disabled: false);
            Assert.False(await users.IsLockedOutAsync((await users.FindByIdAsync("shakyo"))!));
            return 0;
        });
    }

    [Fact]
    public async Task Changing_a_role_replaces_the_old_one_and_is_audited()
    {
        await With(async (accounts, users) =>
        {
            await accounts.ChangeRoleAsync(Admin, "etsuran", AppRoles.Coordinator, null);
            Assert.Equal([AppRoles.Coordinator], await users.GetRolesAsync((await users.FindByIdAsync("etsuran"))!));
            return 0;
        });
        var audit = await _app.Services.GetRequiredService<AuditLog>().ReadAsync(new AuditFilter(Action: "account.role-changed"));
        Assert.Single(audit);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_demote_themselves()
    {
        var disable = await Assert.ThrowsAsync<DomainException>(() => Do(accounts => accounts.SetDisabledAsync(Admin, "admin", true)));
        var demote = await Assert.ThrowsAsync<DomainException>(() => Do(accounts => accounts.ChangeRoleAsync(Admin, "admin", AppRoles.Reviewer, null)));

        Assert.Contains("自分自身", disable.Message);
        Assert.Contains("自分自身", demote.Message);
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.AgencyStaff)]
    [InlineData(AppRoles.Reviewer)]
    public async Task Only_an_administrator_manages_accounts(string role)
    {
        var caller = TestApp.Caller("someone", role);

        var error = await Assert.ThrowsAsync<DomainException>(() => With((accounts, _) => accounts.ListAsync(caller)));
        await Assert.ThrowsAsync<DomainException>(() => Do(accounts => accounts.SetDisabledAsync(caller, "shakyo", true)));

        Assert.Equal("access.denied", error.Code);
    }
}
