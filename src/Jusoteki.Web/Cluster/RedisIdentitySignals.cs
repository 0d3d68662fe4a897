using Jusoteki.Web.Identity;
using StackExchange.Redis;

namespace Jusoteki.Web.Cluster;

/// <summary>
/// Sign-outs and account revocations on one Redis channel. Each server names itself in what it sends and ignores its own
/// (it has already acted); the others act as <see cref="SignInSessions.EndedElsewhere"/> and
/// <see cref="AccountValidity.RevokedElsewhere"/> say. Resolved lazily from <paramref name="services"/>: those two depend on this.
/// </summary>
public sealed class RedisIdentitySignals : IIdentitySignals, IDisposable
{
    public const string ChannelName = "jusoteki:identity";
    private readonly string _server = Guid.NewGuid().ToString("N");
    private readonly IConnectionMultiplexer _redis;
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;
    private readonly ChannelMessageQueue _queue;

    public RedisIdentitySignals(IConnectionMultiplexer redis, IServiceProvider services, ILogger<RedisIdentitySignals> logger)
    {
        (_redis, _services, _logger) = (redis, services, logger);
        _queue = redis.GetSubscriber().Subscribe(RedisChannel.Literal(ChannelName));
        _queue.OnMessage(Receive);
    }

    public void SessionEnded(string userId, string sessionId) => Send($"session\n{userId}\n{sessionId}");

    public void AccountRevoked(string userId) => Send($"account\n{userId}");

    public void Dispose()
    {
        try
        {
            _queue.Unsubscribe();
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // Redis already gone.
        }
    }

    private void Send(string signal)
    {
        try
        {
            _redis.GetSubscriber().Publish(RedisChannel.Literal(ChannelName), $"{_server}\n{signal}", CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The stored ending still reaches the other servers when their few-second caches lapse.
            _logger.LogWarning(e, "A sign-out or revocation could not be told to the other servers.");
        }
    }

    private void Receive(ChannelMessage message)
    {
        var parts = ((string?)message.Message ?? "").Split('\n');
        if (parts.Length < 3 || parts[0] == _server) return;
        try
        {
            switch (parts[1])
            {
                case "session" when parts.Length == 4:
                    _services.GetRequiredService<SignInSessions>().EndedElsewhere(parts[2], parts[3]);
                    break;
                case "account":
                    _services.GetRequiredService<AccountValidity>().RevokedElsewhere(parts[2]);
                    break;
            }
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "A sign-out or revocation from another server could not be applied.");
        }
    }
}
