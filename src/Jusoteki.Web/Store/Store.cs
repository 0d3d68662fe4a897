using Microsoft.Extensions.Logging;

namespace Jusoteki.Web.Store;

/// <summary>
/// The Flux store of one circuit (Fluxor-shaped; Fluxor itself is not obtainable here). Actions are queued and reduced one
/// at a time in dispatch order, whether they come from the UI or from the meeting feed on another thread; then the changed
/// features notify, then the effects for the action start.
/// </summary>
public sealed class Store(IEnumerable<IFeature> features, IEnumerable<IEffect> effects, ILogger<Store> logger) : IDispatcher
{
    private readonly IFeature[] _features = features.ToArray();
    private readonly IEffect[] _effects = effects.ToArray();
    private readonly Queue<object> _queue = new();
    private readonly object _gate = new();
    private bool _draining;

    public void Dispatch(object action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            _queue.Enqueue(action);
            // Whoever is already draining (this thread, re-entrantly, or another one) will reduce it, in order.
            if (_draining) return;
            _draining = true;
        }
        Drain();
    }

    private void Drain()
    {
        while (true)
        {
            object action;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out action!))
                {
                    _draining = false;
                    return;
                }
            }
            Process(action);
        }
    }

    private void Process(object action)
    {
        var changed = new List<IFeature>();
        foreach (var feature in _features)
        {
            try
            {
                if (feature.Reduce(action)) changed.Add(feature);
            }
            catch (Exception e)
            {
                logger.LogError(e, "A reducer failed on {Action}; the feature keeps its previous state.", action.GetType().Name);
            }
        }
        foreach (var feature in changed) feature.NotifyStateChanged();
        foreach (var effect in _effects)
        {
            if (effect.CanHandle(action)) _ = RunEffectAsync(effect, action);
        }
    }

    private async Task RunEffectAsync(IEffect effect, object action)
    {
        try
        {
            await effect.HandleAsync(action, this);
        }
        catch (Exception e)
        {
            // An effect should turn its failures into actions; one that did not must not take the circuit down.
            logger.LogError(e, "Effect {Effect} failed on {Action}.", effect.GetType().Name, action.GetType().Name);
        }
    }
}
