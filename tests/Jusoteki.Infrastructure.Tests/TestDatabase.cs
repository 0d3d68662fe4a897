using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Testing.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Jusoteki.Infrastructure.Tests;

/// <summary>
/// A real database, migrated like the app does it, deleted afterwards: a SQLite file in a temporary folder, or a fresh
/// database on the test run's private PostgreSQL cluster (<see cref="PostgresServer"/>).
/// </summary>
public sealed class TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-tests", Guid.NewGuid().ToString("N"));
    private PostgresServer? _server;

    public DatabaseProvider Provider => provider;

    public string FilePath => Path.Combine(_folder, "test.db");

    public string ConnectionString { get; private set; } = "";

    /// <summary>Where the audit chain's key and anchor live, outside the database as in the app.</summary>
    public string KeyFolder => Path.Combine(_folder, "keys");
    public IDbContextFactory<JusotekiDbContext> Contexts { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        if (provider == DatabaseProvider.PostgreSQL)
        {
            _server = await PostgresServer.SharedAsync();
            ConnectionString = await _server.CreateDatabaseAsync();
        }
        else ConnectionString = $"Data Source={FilePath}";
        Contexts = new Factory(provider, ConnectionString);
        await Initializer().InitializeAsync(seedDemoData: false);
    }

    public Infrastructure.Audit.AuditLog AuditLog() => new(Contexts, Infrastructure.Audit.AuditChainKey.OpenOrCreate(KeyFolder));

    public DatabaseInitializer Initializer() => new(Contexts, NullLogger<DatabaseInitializer>.Instance);

    /// <summary>Drops every pooled connection, as a restart of the app would.</summary>
    public void ClearPools()
    {
        if (provider == DatabaseProvider.PostgreSQL) NpgsqlConnection.ClearAllPools();
        else SqliteConnection.ClearAllPools();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DropDatabaseAsync(ConnectionString);
        else SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Factory(DatabaseProvider provider, string connectionString) : IDbContextFactory<JusotekiDbContext>
    {
        public JusotekiDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<JusotekiDbContext>().UseJusotekiDatabase(provider, connectionString).Options);
    }
}
