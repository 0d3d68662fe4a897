using Jusoteki.Infrastructure;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store;
using Jusoteki.Web.Store.Board;
using MudBlazor.Services;

namespace Jusoteki.Web;

/// <summary>Everything Program.cs wires up, in one place: services, database start-up and the request pipeline.</summary>
public static class JusotekiApplication
{
    public static WebApplicationBuilder AddJusoteki(this WebApplicationBuilder builder)
    {
        var connectionString = SqliteDatabaseLocation.Resolve(
            builder.Configuration.GetConnectionString("Jusoteki"), builder.Environment.ContentRootPath);
        builder.Services.AddJusotekiServices(connectionString);
        builder.Services.AddMudServices();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>The application's own services: storage, use cases and the per-circuit store. Tests register the same.</summary>
    public static IServiceCollection AddJusotekiServices(this IServiceCollection services, string connectionString)
    {
        services.AddJusotekiInfrastructure(connectionString);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MeetingLocks>();
        services.AddSingleton<MeetingCommands>();
        services.AddSingleton<MeetingQueries>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<BoardFeedSubscription>();
        services.AddStore(store => store.AddBoardFeature());
        return services;
    }

    /// <summary>Applies migrations and, unless <c>Jusoteki:SeedDemoData</c> is false, the みどり市 demo.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var seedDemoData = app.Configuration.GetValue("Jusoteki:SeedDemoData", defaultValue: true);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData);
    }

    public static WebApplication UseJusoteki(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
