using System.Security.Claims;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Jusoteki.Web.Identity;

/// <summary>
/// パスワードの変更 by the person themselves — also how a reset password is replaced. Checks the current password, the
/// confirmation and the policy; a refusal changes nothing. Clears the forced change.
/// </summary>
public sealed class PasswordChange(UserManager<JusotekiUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<JusotekiUser> ChangeAsync(ClaimsPrincipal principal, string? current, string? next, string? confirmation)
    {
        var user = await users.GetUserAsync(principal) ?? throw Invalid("ログインし直してください。");
        if (string.IsNullOrEmpty(current)) throw Invalid("今のパスワードを入力してください。");
        if (string.IsNullOrEmpty(next)) throw Invalid("新しいパスワードを入力してください。");
        if (next != confirmation) throw Invalid("新しいパスワードと確認用のパスワードが一致しません。");
        if (next == current) throw Invalid("新しいパスワードは、今のパスワードと違うものにしてください。");

        var forced = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            user.MustChangePassword = forced;
            throw Invalid(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? "今のパスワードが正しくありません。"
                : string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await audit.AppendAsync([new AuditRecord(clock.GetUtcNow(), "account.password-changed", user.Id, user.DisplayName, null, null,
            forced ? "再設定後のパスワードを変更" : "パスワードを変更")]);
        return user;
    }

    private static DomainException Invalid(string message) => new("account.password-invalid", message);
}
