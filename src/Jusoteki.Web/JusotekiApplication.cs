using Jusoteki.Infrastructure;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components;
using Jusoteki.Web.Audit;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Cluster;
using Jusoteki.Web.Hubs;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Minutes;
using Jusoteki.Web.Security;
using Jusoteki.Web.Startup;
using Jusoteki.Web.Store;
using Jusoteki.Web.Store.Board;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using MudBlazor.Services;

namespace Jusoteki.Web;

/// <summary>Everything Program.cs wires up, in one place: services, database start-up and the request pipeline.</summary>
public static class JusotekiApplication
{
    public static WebApplicationBuilder AddJusoteki(this WebApplicationBuilder builder)
    {
        // Jusoteki:Database = Sqlite (the embedded default) or PostgreSQL; ConnectionStrings:Jusoteki is that provider's.
        var provider = builder.Configuration.GetValue("Jusoteki:Database", DatabaseProvider.Sqlite);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? SqliteDatabaseLocation.Resolve(builder.Configuration.GetConnectionString("Jusoteki"), builder.Environment.ContentRootPath)
            : builder.Configuration.GetConnectionString("Jusoteki") is { Length: > 0 } configured ? configured
            : throw new InvalidOperationException("Jusoteki:Database が PostgreSQL のときは ConnectionStrings:Jusoteki（環境変数 ConnectionStrings__Jusoteki）に接続文字列を指定してください。");
        // The audit chain's key may live elsewhere than the database (another disk, another owner): Jusoteki:AuditKeyFolder.
        var auditKeyFolder = builder.Configuration["Jusoteki:AuditKeyFolder"] is { Length: > 0 } folder
            ? Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, folder)) : null;
        // PostgreSQL has no file to sit beside: there the key folder must be configured (a clear start-up error otherwise).
        var keysFolder = provider == DatabaseProvider.Sqlite || auditKeyFolder is null
            ? InfrastructureServices.KeyFolderOf(provider, connectionString) : auditKeyFolder;
        builder.Services.AddJusotekiServices(connectionString, auditKeyFolder, provider);
        // Several servers (Jusoteki:Redis): feeds, presence, drafts, the meeting lock, SignalR and the keys are shared through Redis.
        var redis = Cluster.ClusterServices.RedisOf(builder.Configuration);
        if (redis is not null) builder.Services.AddJusotekiCluster(redis);
        // Sign-in cookies must survive a restart: the keys live beside the database (SQLite) or in the audit key folder —
        // or, for several servers, in Redis, so that a cookie signed by one server is read by the others.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Jusoteki");
        if (redis is null) dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        else builder.Services.PersistDataProtectionKeysInRedis();
        builder.Services.AddMudServices();
        // The pickers' own texts in Japanese (JapaneseDatePicker).
        builder.Services.AddLocalizationInterceptor(Components.UI.JapaneseMudLocalization.Create);
        // 和暦 unless the municipality writes 西暦 (Jusoteki:DateEra = Seireki): one formatter for every screen and the minutes.
        Components.UI.JapaneseFormat.Era = builder.Configuration.GetValue("Jusoteki:DateEra", Components.UI.DateEra.Wareki);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            // A meeting's messages are small; anything bigger is refused before it reaches a component.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 32 * 1024);
        builder.Services.AddJusotekiIdentity();
        builder.Services.AddSingleton<MeetingHubRelay>();
        builder.Services.AddSingleton<ConnectionLimitFilter>();
        builder.Services.AddSingleton<CommandRateLimitFilter>();
        builder.Services.AddSingleton<AccountValidityFilter>();
        var signalR = builder.Services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = 32 * 1024;
            hub.EnableDetailedErrors = false;
        })
        .AddHubOptions<MeetingHub>(hub =>
        {
            // Outermost first: a connection over the account's limit is refused before anything registers it.
            hub.AddFilter<ConnectionLimitFilter>();
            hub.AddFilter<AccountValidityFilter>();
            hub.AddFilter<CommandRateLimitFilter>();
        })
        // Hub clients read enums as their names (Full, Pseudonymised …), not as numbers.
        .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        if (redis is not null) signalR.AddJusotekiBackplane(redis);
        JapaneseJsonHubProtocol.Replace(builder.Services);
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>The application's own services: storage, use cases and the per-circuit store. Tests register the same.</summary>
    public static IServiceCollection AddJusotekiServices(this IServiceCollection services, string connectionString, string? auditKeyFolder = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        services.AddJusotekiInfrastructure(connectionString, auditKeyFolder, provider);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MeetingLocks>();
        services.AddSingleton<MeetingCommandRunner>();
        services.AddSingleton<MeetingCommands>();
        services.AddSingleton<MeetingSessionCommands>();
        services.AddSingleton<MeetingPreparation>();
        services.AddSingleton<IMeetingPresence, MeetingPresence>();
        services.AddSingleton<IDraftKeeper, DraftKeeper>();
        services.AddSingleton<Roles.RoleQueries>();
        services.AddSingleton<Minutes.MinutesQueries>();
        services.AddSingleton<Minutes.MinutesCommands>();
        services.AddSingleton<Reports.RepresentativesReportQueries>();
        services.AddSingleton<Reports.ResourceGapReviews>();
        services.AddSingleton<Reports.ProgramEvaluations>();
        services.AddSingleton<Progress.ProgressTargets>();
        services.AddSingleton<Progress.ProgressQueries>();
        services.AddSingleton<Roles.RoleProgressCommands>();
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<Cases.CaseReaders>();
        services.AddSingleton<Cases.CaseQueries>();
        services.AddSingleton<Cases.CaseCommands>();
        // One per page visit (a circuit scope is a visit of the app; pages create their own, see CaseDisclosureLog).
        services.AddTransient<Cases.CaseDisclosureLog>();
        services.AddScoped<CurrentCaller>();
        services.AddSingleton<Audit.AuditQueries>();
        services.AddSingleton<Audit.DisclosureAuditWindow>();
        services.AddScoped<BoardConnection>();
        // A page re-reads on changes only while its browser is there (a circuit outlives a closed tab by minutes).
        services.AddScoped<Circuits.CircuitLink>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<Circuits.CircuitLink>());
        services.AddStore(store => store.AddBoardFeature());
        return services;
    }

    /// <summary>
    /// Applies migrations, creates the roles and, unless <c>Jusoteki:SeedDemoData</c> is false, the みどり市 demo with its
    /// accounts. In Production it refuses to start while a demo account keeps the demo password.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var seedDemoData = app.Configuration.GetValue("Jusoteki:SeedDemoData", defaultValue: true);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountInitializer>().InitializeAsync(seedDemoData, app.Environment.IsProduction());
    }

    /// <param name="ready">The database start-up (<see cref="InitializeDatabaseAsync"/>), running meanwhile: requests wait for it.</param>
    /// <summary>
    /// Starts listening while the database start-up finishes, then warms the board's read path in the background. A failed
    /// start-up (e.g. demo passwords in Production) stops the app with its exception, before any request was answered.
    /// </summary>
    public static async Task RunJusotekiAsync(this WebApplication app, Task ready)
    {
        await app.StartAsync();
        try
        {
            await ready;
        }
        catch
        {
            await app.StopAsync();
            throw;
        }
        _ = Task.Run(() => WarmUp.RunAsync(app.Services, app.Lifetime.ApplicationStopping));
        await app.WaitForShutdownAsync();
    }

    public static WebApplication UseJusoteki(this WebApplication app, Task? ready = null)
    {
        // First: everything after it (HSTS, the login throttle, the hub's origin check) sees the client's address and scheme.
        app.UseTrustedProxies(app.Configuration);
        if (ready is not null) app.UseStartupGate(ready);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseHubOriginCheck(app.Configuration);
        // The not-found page is a page to GET: a hub client or a post gets its status as it is (a POST re-executed to a page fails antiforgery).
        app.UseWhen(context => HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments(IdentitySetup.HubsPath),
            page => page.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status pages, so that the re-executed /not-found finds its page (an unknown path answered an empty 404).
        app.UseRouting();
        app.UseAuthentication();
        app.UseForcedPasswordChange();
        app.UseAuthorization();
        app.UseAntiforgery();

        // The login page needs its styles and scripts before anyone is signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        Diagnostics.MemoryDiagnostics.MapMemoryDiagnostics(app);
        app.MapAccountEndpoints();
        app.MapMinutesExports();
        app.MapCaseExports();
        Progress.ProgressExports.MapProgressExports(app);
        Reports.RepresentativesExports.MapRepresentativesExports(app);
        app.MapAuditExport();
        app.MapHub<MeetingHub>(MeetingHub.Path);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
