using System.Security.Claims;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Identity;

/// <summary>
/// パスワードの再設定 by the 管理者 and the forced change at the next sign-in: the temporary password works once, the person
/// is held on 「パスワードの変更」 until they pick their own, and every bad input changes nothing.
/// </summary>
public sealed class PasswordResetTests : IAsyncLifetime
{
    private const string DemoPassword = "midori-demo-2026";
    private const string Temporary = "kari-pass-2026-x";
    private static readonly Caller Admin = TestApp.Caller("admin", AppRoles.Administrator);
    private readonly IdentityTestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync(seedDemo: true);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<T> With<T>(Func<IServiceProvider, UserManager<JusotekiUser>, Task<T>> action)
    {
        await using var scope = _app.Scope();
        return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<UserManager<JusotekiUser>>());
    }

    private Task Reset(string userId, string password, Caller? caller = null) =>
        With(async (s, _) => { await s.GetRequiredService<AccountAdministration>().ResetPasswordAsync(caller ?? Admin, userId, password); return 0; });

    private Task<JusotekiUser> Change(string userId, string? current, string? next, string? confirmation) =>
        With(async (s, users) => await s.GetRequiredService<PasswordChange>().ChangeAsync(await PrincipalOf(s, users, userId), current, next, confirmation));

    private static async Task<ClaimsPrincipal> PrincipalOf(IServiceProvider s, UserManager<JusotekiUser> users, string userId) =>
        await s.GetRequiredService<IUserClaimsPrincipalFactory<JusotekiUser>>().CreateAsync((await users.FindByIdAsync(userId))!);

    private Task<(bool Old, bool New, bool Forced, string? Stamp)> StateOf(string userId, string newPassword) => With(async (_, users) =>
    {
        var user = (await users.FindByIdAsync(userId))!;
        return (await users.CheckPasswordAsync(user, DemoPassword), await users.CheckPasswordAsync(user, newPassword), user.MustChangePassword, user.SecurityStamp);
    });

    private Task<int> AuditCount(string action) =>
        _app.Services.GetRequiredService<AuditLog>().ReadAsync(new AuditFilter(Action: action)).ContinueWith(t => t.Result.Count);

    [Fact]
    public async Task A_reset_sets_the_temporary_password_forces_a_change_at_the_next_sign_in_and_is_audited()
    {
        var before = await StateOf("shakyo", Temporary);

        await Reset("shakyo", Temporary);

        var after = await StateOf("shakyo", Temporary);
        Assert.Equal((false, true, true), (after.Old, after.New, after.Forced));
        Assert.NotEqual(before.Stamp, after.Stamp);
        var principal = await With(async (s, users) => await PrincipalOf(s, users, "shakyo"));
        Assert.True(ForcedPasswordChange.MustChange(principal));
        Assert.Equal(1, await AuditCount("account.password-reset"));
    }

    [Theory]
    [InlineData("", "仮のパスワードを入力してください。")]
    [InlineData("short1", "12文字以上")]
    [InlineData("no-digits-at-all", "数字を1文字以上")]
    public async Task A_temporary_password_the_policy_refuses_changes_nothing(string password, string message)
    {
        var before = await StateOf("shakyo", password);

        var error = await Assert.ThrowsAsync<DomainException>(() => Reset("shakyo", password));

        Assert.Contains(message, error.Message);
        Assert.Equal(before, await StateOf("shakyo", password));
        Assert.Equal(0, await AuditCount("account.password-reset"));
    }

    [Fact]
    public async Task An_administrator_cannot_reset_their_own_password_here_and_nobody_else_may_reset_any()
    {
        var own = await Assert.ThrowsAsync<DomainException>(() => Reset("admin", Temporary));
        var denied = await Assert.ThrowsAsync<DomainException>(() => Reset("shakyo", Temporary, TestApp.Caller("gicho", AppRoles.Chair)));

        Assert.Contains("パスワードの変更", own.Message);
        Assert.Equal("access.denied", denied.Code);
        Assert.False((await StateOf("shakyo", Temporary)).Forced);
    }

    [Fact]
    public async Task Choosing_a_new_password_after_a_reset_ends_the_forced_change()
    {
        await Reset("shakyo", Temporary);

        await Change("shakyo", Temporary, "jibun-no-pass-77", "jibun-no-pass-77");

        var state = await StateOf("shakyo", "jibun-no-pass-77");
        Assert.Equal((true, false), (state.New, state.Forced));
        Assert.False(ForcedPasswordChange.MustChange(await With(async (s, users) => await PrincipalOf(s, users, "shakyo"))));
        Assert.Equal(1, await AuditCount("account.password-changed"));
    }

    [Theory]
    [InlineData("wrong-pass-123", "jibun-no-pass-77", "jibun-no-pass-77", "今のパスワードが正しくありません。")]
    [InlineData(Temporary, "jibun-no-pass-77", "jibun-no-pass-78", "確認用のパスワードが一致しません")]
    [InlineData(Temporary, Temporary, Temporary, "今のパスワードと違うもの")]
    [InlineData(Temporary, "short7", "short7", "12文字以上")]
    [InlineData("", "jibun-no-pass-77", "jibun-no-pass-77", "今のパスワードを入力してください。")]
    public async Task A_refused_change_keeps_the_temporary_password_and_the_forced_change(string current, string next, string confirmation, string message)
    {
        await Reset("shakyo", Temporary);

        var error = await Assert.ThrowsAsync<DomainException>(() => Change("shakyo", current, next, confirmation));

        Assert.Contains(message, error.Message);
        var state = await With(async (_, users) =>
        {
            var user = (await users.FindByIdAsync("shakyo"))!;
            return (await users.CheckPasswordAsync(user, Temporary), user.MustChangePassword);
        });
        Assert.Equal((true, true), state);
        Assert.Equal(0, await AuditCount("account.password-changed"));
    }

    [Theory]
    [InlineData("GET", "/", 302)]
    [InlineData("GET", "/meetings/5d1c0a7e-2026-4c10-8a12-000000001210/minutes.docx", 302)]
    [InlineData("POST", "/cases/new", 403)]
    [InlineData("POST", "/hubs/meeting/negotiate", 403)]
    [InlineData("GET", "/hubs/meeting", 403)]
    [InlineData("POST", "/_blazor/negotiate", 403)]
    [InlineData("GET", "/account/change-password", 200)]
    [InlineData("POST", "/account/logout", 200)]
    public async Task While_a_change_is_forced_every_request_but_the_change_and_signing_out_is_turned_away(string method, string path, int status)
    {
        var context = await Send(method, path, forced: true);

        Assert.Equal(status, context.Response.StatusCode);
        if (status == 302) Assert.StartsWith("/account/change-password?returnUrl=", context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task Without_a_forced_change_and_for_what_needs_no_sign_in_requests_pass()
    {
        Assert.Equal(200, (await Send("GET", "/", forced: false)).Response.StatusCode);
        Assert.Equal(200, (await Send("GET", "/app.css", forced: true, anonymousEndpoint: true)).Response.StatusCode);
    }

    private static async Task<HttpContext> Send(string method, string path, bool forced, bool anonymousEndpoint = false)
    {
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseForcedPasswordChange();
        app.Run(c => { c.Response.StatusCode = 200; return Task.CompletedTask; });
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            forced ? [new Claim(ClaimTypes.NameIdentifier, "shakyo"), new Claim(JusotekiClaims.MustChangePassword, "true")] : [new Claim(ClaimTypes.NameIdentifier, "shakyo")], "Test"));
        if (anonymousEndpoint) context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new AllowAnonymousAttribute()), "static"));
        await app.Build()(context);
        return context;
    }
}
