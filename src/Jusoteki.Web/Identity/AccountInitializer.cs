using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Identity;

/// <summary>Makes sure every role exists, adds the demo accounts when asked, and refuses a production start on demo passwords.</summary>
public sealed class AccountInitializer(UserManager<JusotekiUser> users, RoleManager<IdentityRole> roles)
{
    public async Task InitializeAsync(bool seedDemoAccounts, bool isProduction)
    {
        // One query each when everything is there already (every restart); one by one only when something is missing.
        var roleNames = AppRoles.All.ToList();
        if (await roles.Roles.CountAsync(r => roleNames.Contains(r.Name!)) < roleNames.Count)
        {
            foreach (var role in AppRoles.All)
            {
                if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (seedDemoAccounts && !await DemoAccounts.AllPresentAsync(users)) await DemoAccounts.SeedAsync(users);
        if (isProduction && await DemoAccounts.StillOnDemoPasswordAsync(users) is { Count: > 0 } exposed)
        {
            throw new InvalidOperationException(
                $"本番環境でデモ用パスワードのアカウントが残っています（{string.Join(", ", exposed)}）。" +
                "パスワードを変更するか、アカウントを削除してから起動してください。Jusoteki:SeedDemoData も false にしてください。");
        }
    }
}
