using Jusoteki.Infrastructure.Seeding;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Web.Tests;

/// <summary>
/// The app's own services (<see cref="JusotekiApplication.AddJusotekiServices"/>) on a real SQLite file with the みどり市
/// demo. Each DI scope stands for one participant's circuit.
/// </summary>
public sealed class TestApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-web-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "web.db")}";
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddJusotekiServices(ConnectionString);
        services.AddScoped<AuthenticationStateProvider, AnonymousAuthenticationStateProvider>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true);
    }

    public AsyncServiceScope OpenCircuit() => Services.CreateAsyncScope();

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static void DeleteFolderQuietly(string folder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private sealed class AnonymousAuthenticationStateProvider : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new System.Security.Claims.ClaimsPrincipal()));
    }
}
