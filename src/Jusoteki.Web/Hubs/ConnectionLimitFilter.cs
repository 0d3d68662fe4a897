using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// At most <see cref="MaxPerUser"/> hub connections per account: one user opening hundreds of connections (each catching up
/// on the whole journal) took the server's memory and everyone's latency with it. The extra connection is closed with a
/// Japanese reason; the account's other connections go on.
/// </summary>
public sealed class ConnectionLimitFilter : IHubFilter
{
    public const int MaxPerUser = 5;
    public const string Refusal = "このアカウントの接続が多すぎます（同時に 5 つまで）。ほかの接続を閉じてから、もう一度お試しください。";

    private readonly ConcurrentDictionary<string, int> _open = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var user = context.Context.UserIdentifier ?? "";
        if (_open.AddOrUpdate(user, 1, (_, count) => count + 1) > MaxPerUser)
        {
            Release(user);
            throw new HubException(Refusal);
        }
        try
        {
            await next(context);
        }
        catch
        {
            // SignalR calls OnDisconnectedAsync only for connections whose OnConnectedAsync completed.
            Release(user);
            throw;
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Release(context.Context.UserIdentifier ?? "");
        return next(context, exception);
    }

    private void Release(string user) => _open.AddOrUpdate(user, 0, (_, count) => Math.Max(0, count - 1));
}
