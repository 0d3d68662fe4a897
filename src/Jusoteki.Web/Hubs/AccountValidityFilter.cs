using System.Collections.Concurrent;
using Jusoteki.Web.Identity;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.Web.Hubs;

/// <summary>
/// A hub connection outlasts the request that signed it in. Before every invocation it checks that the account is still
/// valid (<see cref="AccountValidity"/>); if not, the call is refused in Japanese and the connection closed. Connections that
/// only listen are closed when the 管理者 disables or changes the account or its sign-in session ends (ログアウト, 画面をロック),
/// and by a sweep every <see cref="SweepInterval"/>.
/// </summary>
public sealed class AccountValidityFilter : IHubFilter, IDisposable
{
    public const string Refusal = "このアカウントは無効になったか、役割が変更されました。もう一度ログインしてください。";
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan CloseAfterRefusal = TimeSpan.FromSeconds(1);

    private readonly AccountValidity _validity;
    private readonly SignInSessions _sessions;
    private readonly TimeProvider _clock;
    private readonly ILogger<AccountValidityFilter> _logger;
    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new();
    private readonly ITimer _sweep;

    public AccountValidityFilter(AccountValidity validity, SignInSessions sessions, TimeProvider clock, ILogger<AccountValidityFilter> logger)
    {
        _validity = validity;
        _sessions = sessions;
        sessions.Ended += CloseConnectionsOfSession;
        _clock = clock;
        _logger = logger;
        validity.Revoked += CloseConnectionsOf;
        _sweep = clock.CreateTimer(_ => _ = SweepAsync(), null, SweepInterval, SweepInterval);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (await _validity.CurrentCallerAsync(context.Context.User ?? new()) is null)
        {
            _ = CloseSoonAsync(context.Context);
            throw new HubException(Refusal);
        }
        return await next(context);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        // A sign-in cookie is re-checked only every minute; the account is checked now. The client reads the refusal.
        if (await _validity.CurrentCallerAsync(context.Context.User ?? new()) is null) throw new HubException(Refusal);
        _connections[context.Context.ConnectionId] = context.Context;
        await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _connections.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    public void Dispose()
    {
        _validity.Revoked -= CloseConnectionsOf;
        _sessions.Ended -= CloseConnectionsOfSession;
        _sweep.Dispose();
    }

    // Abort() at once would drop the refusal on its way to the client (it sees only a cancelled call): close a moment later.
    private async Task CloseSoonAsync(HubCallerContext connection)
    {
        await Task.Delay(CloseAfterRefusal, _clock);
        connection.Abort();
    }

    // The account's stamp was renewed: every connection it has open was signed in before and is stale.
    private void CloseConnectionsOf(string userId)
    {
        foreach (var connection in _connections.Values.Where(c => c.UserIdentifier == userId)) connection.Abort();
    }

    // Signed out on the browser that opened them (the same person's other sign-ins stay).
    private void CloseConnectionsOfSession(string sessionId)
    {
        foreach (var connection in _connections.Values.Where(c => c.User is { } user && SignInSessions.IdOf(user) == sessionId)) connection.Abort();
    }

    private async Task SweepAsync()
    {
        try
        {
            foreach (var connection in _connections.Values)
                if (await _validity.CurrentCallerAsync(connection.User ?? new()) is null) connection.Abort();
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Checking the accounts of hub connections failed.");
        }
    }
}
