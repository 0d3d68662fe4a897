using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// At most <see cref="Limit"/> hub invocations per connection, and <see cref="LimitPerUser"/> for all of one account's
/// connections together, in any <see cref="Window"/>: a flooding client is refused with a Japanese message, opening more
/// connections does not buy it more, and nobody else is slowed down. This also bounds how fast one participant can grow a
/// meeting's journal.
/// </summary>
public sealed class CommandRateLimitFilter(TimeProvider clock) : IHubFilter
{
    public const int Limit = 20;
    public const int LimitPerUser = 60;
    public const string Refusal = "操作が多すぎます。しばらく待ってから、もう一度お試しください。";
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _perConnection = new();
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _perUser = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var now = clock.GetUtcNow();
        var connection = _perConnection.GetOrAdd(context.Context.ConnectionId, _ => new Queue<DateTimeOffset>());
        var user = _perUser.GetOrAdd(context.Context.UserIdentifier ?? "", _ => new Queue<DateTimeOffset>());
        // One lock order (user, then connection) for both queues: a call counts in both or in neither.
        lock (user)
        lock (connection)
        {
            Expire(user, now);
            Expire(connection, now);
            if (connection.Count >= Limit || user.Count >= LimitPerUser) throw new HubException(Refusal);
            connection.Enqueue(now);
            user.Enqueue(now);
        }
        return await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _perConnection.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    private static void Expire(Queue<DateTimeOffset> calls, DateTimeOffset now)
    {
        while (calls.Count > 0 && now - calls.Peek() > Window) calls.Dequeue();
    }
}
