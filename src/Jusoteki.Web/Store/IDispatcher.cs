namespace Jusoteki.Web.Store;

/// <summary>Sends an action to the circuit's store. Safe to call from any thread; actions are reduced one at a time, in order.</summary>
public interface IDispatcher
{
    void Dispatch(object action);
}
