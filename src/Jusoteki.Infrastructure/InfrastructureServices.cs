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
    public static IServiceCollection AddJusotekiInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<JusotekiDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<MeetingRepository>();
        services.AddSingleton<MeetingJournal>();
        services.AddSingleton<SupportCaseRepository>();
        services.AddSingleton<Agencies.AgencyDirectory>();
        services.AddSingleton<Minutes.MinutesRepository>();
        services.AddSingleton<Identity.AccountDirectory>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IMeetingFeed, InMemoryMeetingFeed>();
        services.AddSingleton<ICaseFeed, InMemoryCaseFeed>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }
}
