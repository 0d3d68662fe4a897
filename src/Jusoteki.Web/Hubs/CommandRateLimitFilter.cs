using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// At most <see cref="Limit"/> hub invocations per connection in any <see cref="Window"/>: a flooding client is refused with
/// a Japanese message, and nobody else is slowed down.
/// </summary>
public sealed class CommandRateLimitFilter(TimeProvider clock) : IHubFilter
{
    public const int Limit = 20;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _recent = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var now = clock.GetUtcNow();
        var calls = _recent.GetOrAdd(context.Context.ConnectionId, _ => new Queue<DateTimeOffset>());
        lock (calls)
        {
            while (calls.Count > 0 && now - calls.Peek() > Window) calls.Dequeue();
            if (calls.Count >= Limit) throw new HubException("操作が多すぎます。しばらく待ってから、もう一度お試しください。");
            calls.Enqueue(now);
        }
        return await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _recent.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }
}
