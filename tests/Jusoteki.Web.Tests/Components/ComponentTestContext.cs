using Bunit;
using Jusoteki.Web.Store;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Jusoteki.Web.Tests.Components;

/// <summary>
/// bUnit for one board component on its own: MudBlazor, and a dispatcher that records what the component asks for instead of
/// running the store (the store and its effects have their own tests).
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        Services.AddMudServices();
        Services.AddSingleton<IDispatcher>(Dispatched);
        // The editor keeps unsaved text through the circuit's board connection: the real one, in memory.
        Services.AddLogging();
        Services.AddSingleton<Jusoteki.Infrastructure.Feed.IMeetingFeed, Jusoteki.Infrastructure.Feed.InMemoryMeetingFeed>();
        Services.AddSingleton<Jusoteki.Infrastructure.Feed.ICaseFeed, Jusoteki.Infrastructure.Feed.InMemoryCaseFeed>();
        Services.AddSingleton<Jusoteki.Web.Meetings.IMeetingPresence, Jusoteki.Web.Meetings.MeetingPresence>();
        Services.AddSingleton<Jusoteki.Web.Meetings.IDraftKeeper, Jusoteki.Web.Meetings.DraftKeeper>();
        Services.AddScoped<Jusoteki.Web.Store.Board.BoardConnection>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected RecordingDispatcher Dispatched { get; } = new();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services only dispose asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public sealed class RecordingDispatcher : IDispatcher
    {
        public List<object> Actions { get; } = [];

        public void Dispatch(object action) => Actions.Add(action);
    }
}
