namespace Jusoteki.Web.Store;

/// <summary>The current value of one feature's state, and a signal when a reducer replaced it.</summary>
public interface IState<out TState>
{
    TState Value { get; }

    /// <summary>Raised on the dispatching thread: components marshal onto the renderer (see <see cref="StoreComponent"/>).</summary>
    event EventHandler? StateChanged;
}
