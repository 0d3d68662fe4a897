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
    /// <summary>Storage; the audit chain's key and anchor live in <paramref name="auditKeyFolder"/> (by default the keys folder beside the database).</summary>
    public static IServiceCollection AddJusotekiInfrastructure(this IServiceCollection services, string connectionString, string? auditKeyFolder = null)
    {
        var keyFolder = auditKeyFolder ?? SqliteDatabaseLocation.KeysFolderOf(connectionString);
        services.AddSingleton(_ => AuditChainKey.OpenOrCreate(keyFolder));
        services.AddDbContextFactory<JusotekiDbContext>(options => options.UseSqlite(connectionString));
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
}
