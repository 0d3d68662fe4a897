using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jusoteki.Infrastructure.Persistence;

/// <summary>
/// Used only by EF's migration tool (scripts/add-migration.sh); the app builds its context in DI. JUSOTEKI_DESIGN_PROVIDER
/// (Sqlite, the default, or PostgreSQL) picks the provider whose migrations are added; no database is opened.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JusotekiDbContext>
{
    public JusotekiDbContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("JUSOTEKI_DESIGN_PROVIDER") is { Length: > 0 } p ? p : nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var connectionString = provider == DatabaseProvider.Sqlite ? "Data Source=design-time.db" : "Host=127.0.0.1;Database=design-time";
        return new(new DbContextOptionsBuilder<JusotekiDbContext>().UseJusotekiDatabase(provider, connectionString).Options);
    }
}
