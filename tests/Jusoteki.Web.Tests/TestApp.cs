using System.Security.Claims;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Testing.PostgreSql;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Web.Tests;

/// <summary>
/// The app's own services (<see cref="JusotekiApplication.AddJusotekiServices"/>) on a real SQLite file with the みどり市
/// demo. Each DI scope stands for one participant's circuit. Two apps given the same <paramref name="folder"/> and
/// <paramref name="redis"/> are two servers of one cluster (one database, one Redis).
/// </summary>
public sealed class TestApp(TimeProvider? clock = null, DatabaseProvider provider = DatabaseProvider.Sqlite, string? redis = null, string? folder = null,
    Action<IServiceCollection>? configure = null) : IAsyncLifetime
{
    private readonly string _folder = folder ?? Path.Combine(Path.GetTempPath(), "jusoteki-web-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;
    private PostgresServer? _postgres;

    /// <summary>The SQLite file, or (<see cref="DatabaseProvider.PostgreSQL"/>) a fresh database on the run's private cluster.</summary>
    public string ConnectionString { get; private set; } = "";
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        if (provider == DatabaseProvider.PostgreSQL)
        {
            _postgres = await PostgresServer.SharedAsync();
            ConnectionString = await _postgres.CreateDatabaseAsync("web");
        }
        else ConnectionString = $"Data Source={Path.Combine(_folder, "web.db")}";
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddJusotekiServices(ConnectionString, provider == DatabaseProvider.PostgreSQL ? Path.Combine(_folder, "keys") : null, provider);
        if (redis is not null) Jusoteki.Web.Cluster.ClusterServices.AddJusotekiCluster(services, redis);
        configure?.Invoke(services);
        // A fixed clock for a test whose counts depend on today (e.g. 期限超過); registered last, so it is the one resolved.
        if (clock is not null) services.AddSingleton(clock);
        services.AddScoped<TestAuthenticationStateProvider>();
        services.AddScoped<AuthenticationStateProvider>(sp => sp.GetRequiredService<TestAuthenticationStateProvider>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true);
    }

    /// <summary>A circuit signed in as <paramref name="userId"/> (a みどり市 demo user id) with <paramref name="role"/>.</summary>
    public AsyncServiceScope OpenCircuit(string userId = "houkatsu", string role = AppRoles.AgencyStaff)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestAuthenticationStateProvider>().User = Principal(userId, role);
        return scope;
    }

    public static Caller Caller(string userId, string role) =>
        new(new Actor(userId, DisplayName(userId)), new HashSet<string> { role }, null);

    public static ClaimsPrincipal Principal(string userId, string role) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, userId),
        new Claim(ClaimTypes.Name, userId),
        new Claim(JusotekiClaims.DisplayName, DisplayName(userId)),
        new Claim(ClaimTypes.Role, role),
    ], authenticationType: "Test"));

    private static string DisplayName(string userId) =>
        MidoriCityDemo.Members.TryGetValue(userId, out var member) ? member.Name : userId;

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        if (_postgres is not null) await _postgres.DropDatabaseAsync(ConnectionString);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true); // the other server of a pair may have deleted it
    }

    public sealed class TestAuthenticationStateProvider : AuthenticationStateProvider
    {
        public ClaimsPrincipal User { get; set; } = new();

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
    }
}
