using System.Security.Claims;
using Bunit;
using Jusoteki.Infrastructure.Identity;
using Jusoteki.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Jusoteki.Web.Tests.Components;

/// <summary>
/// bUnit over the app's real services and a real SQLite file with the みどり市 demo, as one signed-in person's circuit.
/// Pages are rendered interactive, as the app renders them.
/// </summary>
public abstract class AppTestContext : BunitContext, IAsyncLifetime
{
    private readonly Bunit.TestDoubles.BunitAuthorizationContext _user;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-bunit", Guid.NewGuid().ToString("N"));

    protected AppTestContext(string userId, string displayName, string role)
    {
        Directory.CreateDirectory(_folder);
        Services.AddJusotekiServices($"Data Source={Path.Combine(_folder, "bunit.db")}");
        Services.AddMudServices();
        _user = AddAuthorization();
        SignInAs(userId, displayName, role);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    /// <summary>What a test needs in the database beyond the demo (e.g. approved minutes).</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    protected void SignInAs(string userId, string displayName, string role)
    {
        _user.SetAuthorized(userId);
        _user.SetRoles(role);
        _user.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(JusotekiClaims.DisplayName, displayName));
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true);
        await ArrangeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
