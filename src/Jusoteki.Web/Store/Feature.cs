namespace Jusoteki.Web.Store;

/// <summary>What the <see cref="Store"/> needs of a feature, whatever its state type.</summary>
public interface IFeature
{
    /// <summary>Runs the feature's reducers for the action; true when the state was replaced.</summary>
    bool Reduce(object action);

    void NotifyStateChanged();
}

/// <summary>
/// One slice of a circuit's state (e.g. the board). Its value is an immutable record that only pure reducers replace.
/// </summary>
public sealed class Feature<TState>(TState initialState, IReadOnlyList<FeatureReducer<TState>> reducers) : IState<TState>, IFeature
    where TState : class
{
    public TState Value { get; private set; } = initialState;

    public event EventHandler? StateChanged;

    bool IFeature.Reduce(object action)
    {
        var state = Value;
        foreach (var reducer in reducers)
        {
            if (reducer.ActionType.IsInstanceOfType(action)) state = reducer.Reduce(state, action);
        }
        if (ReferenceEquals(state, Value)) return false;
        Value = state;
        return true;
    }

    void IFeature.NotifyStateChanged() => StateChanged?.Invoke(this, EventArgs.Empty);
}

/// <summary>A pure function (state, action) → state for one action type.</summary>
public sealed record FeatureReducer<TState>(Type ActionType, Func<TState, object, TState> Reduce);
