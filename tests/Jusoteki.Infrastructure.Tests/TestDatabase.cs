using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Infrastructure.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated like the app does it, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_folder, "test.db");

    /// <summary>Where the audit chain's key and anchor live, outside the database as in the app.</summary>
    public string KeyFolder => Path.Combine(_folder, "keys");
    public IDbContextFactory<JusotekiDbContext> Contexts { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Contexts = new Factory($"Data Source={FilePath}");
        await Initializer().InitializeAsync(seedDemoData: false);
    }

    public Infrastructure.Audit.AuditLog AuditLog() => new(Contexts, Infrastructure.Audit.AuditChainKey.OpenOrCreate(KeyFolder));

    public DatabaseInitializer Initializer() => new(Contexts, NullLogger<DatabaseInitializer>.Instance);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<JusotekiDbContext>
    {
        public JusotekiDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<JusotekiDbContext>().UseSqlite(connectionString).Options);
    }
}
