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
