using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Persistence;

/// <summary>Which database Jusoteki keeps its data in (<c>Jusoteki:Database</c>): the embedded SQLite file, or PostgreSQL for several servers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

public static class DatabaseProviderOptions
{
    /// <summary>The assembly holding the PostgreSQL migrations; the SQLite ones live in Jusoteki.Infrastructure itself.</summary>
    public const string PostgreSqlMigrationsAssembly = "Jusoteki.Infrastructure.PostgreSql";

    /// <summary>Points <paramref name="options"/> at <paramref name="connectionString"/> with <paramref name="provider"/> and its migrations.</summary>
    public static TBuilder UseJusotekiDatabase<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.PostgreSQL => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        return options;
    }
}
