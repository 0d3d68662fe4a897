using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>
/// Whether every migration of this build is already applied. A restart then skips MigrateAsync, which also diffs the model
/// against its snapshot (seconds on a slow PC); the diff stays a test (DatabaseInitializerTests.All_migrations_are_applied).
/// </summary>
public static class MigrationState
{
    public static async Task<bool> IsUpToDateAsync(JusotekiDbContext db, CancellationToken ct = default)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return db.Database.GetMigrations().All(applied.Contains);
    }
}
