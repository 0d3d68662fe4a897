using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Identity;

/// <summary>An account as the meeting screens name it: to invite it, and to show who someone is.</summary>
public sealed record AccountEntry(string UserId, string DisplayName, IReadOnlyList<string> Roles, Guid? AgencyId, bool Disabled);

/// <summary>Reads accounts and their roles for preparing meetings (inviting people), without the sign-in machinery.</summary>
public sealed class AccountDirectory(IDbContextFactory<JusotekiDbContext> contexts)
{
    public async Task<IReadOnlyList<AccountEntry>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(ct);
        return [.. users
            .OrderBy(u => u.DisplayName, StringComparer.Ordinal)
            .Select(u => new AccountEntry(u.Id, u.DisplayName, [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)], u.AgencyId, u.IsDisabled))];
    }

    public async Task<AccountEntry?> FindAsync(string userId, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(a => a.UserId == userId);
}
