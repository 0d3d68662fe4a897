using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>Brings the database to the latest migration at start-up and, when asked, adds the みどり市 demo.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<JusotekiDbContext> contexts, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await MigrationState.IsUpToDateAsync(db, ct)) await db.Database.MigrateAsync(ct);
        // WAL lets participants read the board while another one's edit is being written.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (seedDemoData && !await DemoPresence.IsInPlaceAsync(db, ct))
        {
            await MidoriCityDemo.SeedAsync(db, ct);
            logger.LogInformation("みどり市 demo data is in place.");
        }
    }
}
