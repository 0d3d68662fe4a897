using Microsoft.AspNetCore.Components;

namespace Jusoteki.Web.Store;

/// <summary>
/// Base for components that show store state: re-renders when an observed state changes. State changes arrive on whatever
/// thread dispatched (often the feed's), so the render is marshalled onto the renderer with InvokeAsync.
/// </summary>
public abstract class StoreComponent : ComponentBase, IDisposable
{
    private readonly List<Action> _unsubscribe = [];
    private bool _disposed;

    protected void Observe<TState>(IState<TState> state)
    {
        state.StateChanged += OnStateChanged;
        _unsubscribe.Add(() => state.StateChanged -= OnStateChanged);
    }

    private void OnStateChanged(object? sender, EventArgs e) => _ = RenderAsync();

    private async Task RenderAsync()
    {
        if (_disposed) return;
        try
        {
            await InvokeAsync(StateHasChanged);
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the change and the render: nothing left to show it on.
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var unsubscribe in _unsubscribe) unsubscribe();
        _unsubscribe.Clear();
        GC.SuppressFinalize(this);
    }
}
