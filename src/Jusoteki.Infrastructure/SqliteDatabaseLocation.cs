using Microsoft.Data.Sqlite;

namespace Jusoteki.Infrastructure;

/// <summary>Where the SQLite file lives: a relative path is taken from the app's content root, and its folder is created.</summary>
public static class SqliteDatabaseLocation
{
    public const string DefaultRelativePath = "data/jusoteki.db";

    public static string Resolve(string? configuredConnectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuredConnectionString ?? $"Data Source={DefaultRelativePath}");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return builder.ToString();
    }

    /// <summary>The folder that holds the database file of a resolved connection string.</summary>
    public static string FolderOf(string connectionString) =>
        Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource) is { Length: > 0 } folder ? folder : ".";

    /// <summary>The Data Protection keys and the audit chain's key: a folder beside the database, backed up with it but not inside it.</summary>
    public static string KeysFolderOf(string connectionString) => Path.Combine(FolderOf(connectionString), "keys");
}
