using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Infrastructure.Feed;

/// <summary>
/// The handlers listening to one topic of an in-memory feed. Publishing calls each in turn on the publisher's thread; one
/// broken handler (e.g. a circuit being torn down) is logged and does not stop the others.
/// </summary>
public sealed class Subscribers<TMessage>(ILogger logger, string topic)
{
    private ImmutableList<Action<TMessage>> _handlers = [];

    public int Count => _handlers.Count;

    public IDisposable Add(Action<TMessage> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, list => list.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref _handlers, list => list.Remove(handler)));
    }

    public void Publish(TMessage message)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                handler(message);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A subscriber of {Topic} failed to take a message.", topic);
            }
        }
    }

    private sealed class Subscription(Action remove) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) remove();
        }
    }
}
