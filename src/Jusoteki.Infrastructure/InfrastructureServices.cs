using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>
    /// Storage; the audit chain's key and anchor live in <paramref name="auditKeyFolder"/> (with SQLite by default the keys
    /// folder beside the database; PostgreSQL has no file to sit beside, so there it must be given).
    /// </summary>
    public static IServiceCollection AddJusotekiInfrastructure(this IServiceCollection services, string connectionString, string? auditKeyFolder = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var keyFolder = auditKeyFolder ?? KeyFolderOf(provider, connectionString);
        services.AddSingleton(_ => AuditChainKey.OpenOrCreate(keyFolder));
        services.AddDbContextFactory<JusotekiDbContext>(options => options.UseJusotekiDatabase(provider, connectionString));
        services.AddSingleton<MeetingRepository>();
        services.AddSingleton<MeetingJournal>();
        services.AddSingleton<SupportCaseRepository>();
        services.AddSingleton<Agencies.AgencyDirectory>();
        services.AddSingleton<Minutes.MinutesRepository>();
        services.AddSingleton<Identity.AccountDirectory>();
        services.AddSingleton<Identity.SignInSessionStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IMeetingFeed, InMemoryMeetingFeed>();
        services.AddSingleton<ICaseFeed, InMemoryCaseFeed>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>The key folder when none is configured: beside the SQLite file; with PostgreSQL a start-up error naming the setting.</summary>
    public static string KeyFolderOf(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Sqlite
        ? SqliteDatabaseLocation.KeysFolderOf(connectionString)
        : throw new InvalidOperationException(
            "Jusoteki:Database が PostgreSQL のときは Jusoteki:AuditKeyFolder（環境変数 Jusoteki__AuditKeyFolder）に監査ログの鍵と Data Protection の鍵を置くフォルダーを指定してください（同じクラスターのサーバーはすべて同じフォルダーを指します）。");
}
