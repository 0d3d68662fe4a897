using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>
/// One account per role for the みどり市 demo, all with <see cref="Password"/>. Their ids are the user ids the demo meetings
/// name (gicho, houkatsu …). Never for production: the app refuses to start there while any of them keeps this password.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "midori-demo-2026";

    public sealed record Account(string UserName, string DisplayName, string Role, Guid? AgencyId);

    public static IReadOnlyList<Account> All { get; } =
    [
        new("admin", "システム管理者", AppRoles.Administrator, null),
        new("coordinator", "多機関協働コーディネーター 森", AppRoles.Coordinator, MidoriCityDemo.AgencyId("fukushi-somu-ka")),
        new("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer, null),
        .. MidoriCityDemo.Members.Select(m => new Account(m.Key, m.Value.Name, RoleOf(m.Value.Role), MidoriCityDemo.AgencyId(m.Value.Agency))),
    ];

    public static async Task SeedAsync(UserManager<JusotekiUser> users)
    {
        foreach (var account in All)
        {
            if (await users.FindByIdAsync(account.UserName) is not null) continue;
            var user = new JusotekiUser { Id = account.UserName, UserName = account.UserName, DisplayName = account.DisplayName, AgencyId = account.AgencyId };
            Check(await users.CreateAsync(user, Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        }
    }

    /// <summary>Whether every demo account exists (a restart), in one query.</summary>
    public static async Task<bool> AllPresentAsync(UserManager<JusotekiUser> users)
    {
        var ids = All.Select(a => a.UserName).ToList();
        return await users.Users.CountAsync(u => ids.Contains(u.Id)) == ids.Count;
    }

    /// <summary>The demo accounts that still sign in with the published demo password.</summary>
    public static async Task<IReadOnlyList<string>> StillOnDemoPasswordAsync(UserManager<JusotekiUser> users)
    {
        var found = new List<string>();
        foreach (var account in All)
        {
            if (await users.FindByIdAsync(account.UserName) is { } user && await users.CheckPasswordAsync(user, Password)) found.Add(account.UserName);
        }
        return found;
    }

    private static string RoleOf(Domain.Meetings.MeetingRole role) => role switch
    {
        Domain.Meetings.MeetingRole.Chair => AppRoles.Chair,
        Domain.Meetings.MeetingRole.Secretariat => AppRoles.Secretariat,
        _ => AppRoles.AgencyStaff,
    };

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account {userName}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
