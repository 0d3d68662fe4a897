using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Jusoteki.Web.Identity;

/// <summary>What a login attempt came to: the account to sign in, or the message to show.</summary>
public sealed record LoginCheck(JusotekiUser? User, string? Refusal);

/// <summary>
/// ログイン without telling an outsider which accounts exist: a wrong password and an unknown name get the same message after
/// the same work (an unknown name is checked against a stand-in hash); that an account is locked or 無効 is said only after
/// its right password. Attempts are held per source (<see cref="LoginThrottle"/>). Every attempt is audited with its reason;
/// a name that is no account is recorded by its length only, never as typed.
/// </summary>
public sealed class PasswordLogin(UserManager<JusotekiUser> users, LoginThrottle throttle, AuditLog audit, TimeProvider clock)
{
    public const string Refused = "ユーザー名またはパスワードが正しくありません。";
    public const string Held = "ログインの失敗が続いたため、この端末からのログインを一時的に止めています。15分ほど待ってから、もう一度お試しください。";
    public const string LockedOut = "ログインの失敗が続いたため、このアカウントを一時的にロックしました。15分ほど待ってから、もう一度お試しください。";
    public const string Disabled = "このアカウントは無効になっています。管理者に連絡してください。";

    // A hash of a random password under the same hasher, so that an unknown name costs what a known one does.
    private static readonly Lazy<string> StandIn = new(() =>
        new PasswordHasher<JusotekiUser>().HashPassword(new JusotekiUser(), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    public async Task<LoginCheck> CheckAsync(string? userName, string? password, string source)
    {
        userName = (userName ?? "").Trim();
        password ??= "";
        var account = users.NormalizeName(userName) ?? "";
        switch (throttle.Check(source, account))
        {
            case LoginThrottle.Decision.HeldFirstTime:
                await AuditAsync("account.login-held", null, $"ログイン失敗が続いたため送信元 {source} を一時停止");
                return new(null, Held);
            case LoginThrottle.Decision.Held:
                return new(null, Held);
        }

        var user = userName.Length is > 0 and <= 256 ? await users.FindByNameAsync(userName) : null;
        bool correct;
        if (user is null)
        {
            _ = users.PasswordHasher.VerifyHashedPassword(new JusotekiUser(), StandIn.Value, password);
            correct = false;
        }
        else correct = await users.CheckPasswordAsync(user, password);
        if (!correct)
        {
            var counts = throttle.RecordFailure(source, account);
            if (user is null)
            {
                await AuditAsync("account.login-failed", null, $"不明なユーザー名（{userName.Length}文字）");
                return new(null, Refused);
            }
            var locked = await users.IsLockedOutAsync(user);
            if (counts && !locked) await users.AccessFailedAsync(user);
            await AuditAsync("account.login-failed", user, user.IsDisabled ? "パスワードの誤り（無効なアカウント）"
                : locked ? "パスワードの誤り（ロック中）" : counts ? "パスワードの誤り" : "パスワードの誤り（同じ送信元から続いたためロックの回数に数えない）");
            return new(null, Refused);
        }
        if (user!.IsDisabled)
        {
            await AuditAsync("account.login-refused", user, "無効なアカウントのためログインを拒否");
            return new(null, Disabled);
        }
        if (await users.IsLockedOutAsync(user))
        {
            await AuditAsync("account.locked-out", user, "ロック中のためログインを拒否");
            return new(null, LockedOut);
        }
        await users.ResetAccessFailedCountAsync(user);
        throttle.RecordSuccess(account);
        await AuditAsync("account.login", user, "ログイン");
        return new(user, null);
    }

    private Task AuditAsync(string action, JusotekiUser? user, string detail) =>
        audit.AppendAsync([new AuditRecord(clock.GetUtcNow(), action, user?.Id ?? "unknown", user?.DisplayName ?? "（不明）", null, null, detail)]);
}
