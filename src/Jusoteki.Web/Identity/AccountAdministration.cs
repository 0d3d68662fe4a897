using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Jusoteki.Web.Identity;

/// <summary>A line of the account list.</summary>
public sealed record AccountView(string Id, string UserName, string DisplayName, string Role, Guid? AgencyId, bool Disabled);

/// <summary>
/// The 管理者's use cases for accounts: list, create, change role and agency, disable and enable. Each checks the
/// permission table, refuses bad input in Japanese without changing anything, and is audited as a permission change.
/// </summary>
public sealed class AccountAdministration(UserManager<JusotekiUser> users, AuditLog audit, TimeProvider clock, AccountValidity validity)
{
    public async Task<IReadOnlyList<AccountView>> ListAsync(Caller caller)
    {
        caller.Require(Operation.ManageAccounts);
        var views = new List<AccountView>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).ToList()) views.Add(await ViewOf(user));
        return views;
    }

    public async Task CreateAsync(Caller caller, string userName, string displayName, string role, Guid? agencyId, string password)
    {
        caller.Require(Operation.ManageAccounts);
        userName = userName.Trim();
        displayName = displayName.Trim();
        if (userName.Length is 0 or > 50) throw Invalid("ユーザー名を1〜50文字で入力してください。");
        if (displayName.Length is 0 or > 100) throw Invalid("表示名を1〜100文字で入力してください。");
        CheckRoleAndAgency(role, agencyId);
        if (await users.FindByNameAsync(userName) is not null) throw Invalid($"ユーザー名「{userName}」はすでに使われています。");

        var user = new JusotekiUser { UserName = userName, DisplayName = displayName, AgencyId = agencyId };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        await AuditAsync(caller, "account.created", $"{userName}（{displayName}）：{AppRoles.JapaneseName(role)}");
    }

    public async Task ChangeRoleAsync(Caller caller, string userId, string role, Guid? agencyId)
    {
        caller.Require(Operation.ManageAccounts);
        CheckRoleAndAgency(role, agencyId);
        var user = await Find(userId);
        if (user.Id == caller.Actor.Id && role != AppRoles.Administrator) throw Invalid("自分自身を管理者から外すことはできません。");
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
        Check(await users.AddToRoleAsync(user, role));
        user.AgencyId = agencyId;
        Check(await users.UpdateAsync(user));
        // Signs the person out everywhere: their next request carries the new role.
        await users.UpdateSecurityStampAsync(user);
        validity.Revoke(user.Id);
        await AuditAsync(caller, "account.role-changed", $"{user.UserName}：{AppRoles.JapaneseName(role)}");
    }

    public async Task SetDisabledAsync(Caller caller, string userId, bool disabled)
    {
        caller.Require(Operation.ManageAccounts);
        var user = await Find(userId);
        if (user.Id == caller.Actor.Id) throw Invalid("自分自身のアカウントは無効にできません。");
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, disabled ? JusotekiUser.DisabledUntil : null));
        await users.UpdateSecurityStampAsync(user);
        // Open hub connections of the account close now, not at their next check.
        validity.Revoke(user.Id);
        await AuditAsync(caller, disabled ? "account.disabled" : "account.enabled", user.UserName ?? user.Id);
    }

    /// <summary>
    /// パスワードの再設定 — sets a temporary password the 管理者 hands over, and forces the person to choose their own at the
    /// next sign-in. Signs the account out everywhere. A password the policy refuses changes nothing.
    /// </summary>
    public async Task ResetPasswordAsync(Caller caller, string userId, string temporaryPassword)
    {
        caller.Require(Operation.ManageAccounts);
        var user = await Find(userId);
        if (user.Id == caller.Actor.Id) throw Invalid("自分のパスワードは「パスワードの変更」で変えてください。");
        if (string.IsNullOrEmpty(temporaryPassword)) throw Invalid("仮のパスワードを入力してください。");
        // Identity validates the new password before it stores anything (hash, flag and stamp are saved together).
        user.MustChangePassword = true;
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), temporaryPassword);
        if (!reset.Succeeded)
        {
            user.MustChangePassword = false;
            Check(reset);
        }
        validity.Revoke(user.Id);
        await AuditAsync(caller, "account.password-reset", $"{user.UserName}：パスワードを再設定（次回ログイン時に変更）");
    }

    private static void CheckRoleAndAgency(string role, Guid? agencyId)
    {
        if (!AppRoles.All.Contains(role)) throw Invalid("役割を選んでください。");
        if (role == AppRoles.AgencyStaff && agencyId is null) throw Invalid("機関担当者には所属機関を選んでください。");
    }

    private async Task<JusotekiUser> Find(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new DomainException("account.not-found", "指定されたアカウントが見つかりません。");

    private async Task<AccountView> ViewOf(JusotekiUser user)
    {
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        return new AccountView(user.Id, user.UserName ?? "", user.DisplayName, role, user.AgencyId, user.IsDisabled);
    }

    private Task AuditAsync(Caller caller, string action, string detail) =>
        audit.AppendAsync([new AuditRecord(clock.GetUtcNow(), action, caller.Actor.Id, caller.Actor.DisplayName, null, null, detail)]);

    private static DomainException Invalid(string message) => new("account.invalid", message);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw Invalid(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
