using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Identity;

/// <summary>The app's services with Identity, on a real SQLite file; accounts are initialized like at start-up.</summary>
public sealed class IdentityTestApp : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-accounts", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public IdentityTestApp()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection().AddLogging();
        services.AddJusotekiServices($"Data Source={Path.Combine(_folder, "accounts.db")}");
        services.AddJusotekiIdentity();
        _services = services.BuildServiceProvider();
    }

    public async Task InitializeAsync(bool seedDemo = false, bool production = false)
    {
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        await InitializeAccountsAsync(seedDemo, production);
    }

    public async Task InitializeAccountsAsync(bool seedDemo, bool production)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountInitializer>().InitializeAsync(seedDemo, production);
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public IServiceProvider Services => _services;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
