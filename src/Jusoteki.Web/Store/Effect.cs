namespace Jusoteki.Web.Store;

/// <summary>Side work started by an action after the reducers ran: calls a service, then dispatches what came of it.</summary>
public interface IEffect
{
    bool CanHandle(object action);
    Task HandleAsync(object action, IDispatcher dispatcher);
}

public abstract class Effect<TAction> : IEffect
{
    public bool CanHandle(object action) => action is TAction;

    public Task HandleAsync(object action, IDispatcher dispatcher) => HandleAsync((TAction)action, dispatcher);

    public abstract Task HandleAsync(TAction action, IDispatcher dispatcher);
}
