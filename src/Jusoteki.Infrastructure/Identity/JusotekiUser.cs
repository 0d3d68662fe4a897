using Microsoft.AspNetCore.Identity;

namespace Jusoteki.Infrastructure.Identity;

/// <summary>An account: a person at the city or at an agency. Its <see cref="IdentityUser.Id"/> is what meetings name as a participant's user.</summary>
public sealed class JusotekiUser : IdentityUser
{
    /// <summary>The name shown in the journal and the minutes, e.g. 「地域包括 佐藤」.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The agency the person speaks for (機関担当者), if any.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>
    /// Set when the 管理者 resets the password: until the person picks their own, every page sends them to
    /// 「パスワードの変更」 and the hubs refuse them.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A disabled account is locked out for good; lifting the lockout enables it again.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public bool IsDisabled => LockoutEnd == DisabledUntil;
}
