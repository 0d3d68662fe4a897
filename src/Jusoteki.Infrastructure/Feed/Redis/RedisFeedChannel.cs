using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Jusoteki.Infrastructure.Feed.Redis;

/// <summary>
/// One Redis pub/sub channel shared by every server of a cluster. Every process — the publisher's own too — takes each
/// message from its one subscription, one at a time in the order Redis sent them
/// (<see cref="ChannelMessageQueue.OnMessage(Action{ChannelMessage})"/>): so all servers see the same order, and writers
/// taking turns under the meeting lock are heard in turn order everywhere. Only a message Redis did not take is handed to
/// this process directly, so that it still reaches its own subscribers once.
/// </summary>
public sealed class RedisFeedChannel : IDisposable
{
    private const char Separator = '\n';
    private readonly ISubscriber _subscriber;
    private readonly RedisChannel _channel;
    private readonly ChannelMessageQueue _queue;
    private readonly ILogger _logger;
    private readonly Action<string, string> _onMessage;

    /// <param name="onMessage">Called with the topic and body of each message; must be quick.</param>
    public RedisFeedChannel(IConnectionMultiplexer redis, string channel, Action<string, string> onMessage, ILogger logger)
    {
        _subscriber = redis.GetSubscriber();
        _channel = RedisChannel.Literal(channel);
        _logger = logger;
        _queue = _subscriber.Subscribe(_channel);
        _onMessage = onMessage;
        _queue.OnMessage(Receive);
    }

    /// <summary>
    /// Sends to every process, this one included. Best effort: when Redis does not take the message it is logged, not
    /// thrown (what was stored stays stored; other servers catch up from it), and this process gets it directly.
    /// </summary>
    public async Task PublishAsync(string topic, string body)
    {
        try
        {
            await _subscriber.PublishAsync(_channel, string.Concat(topic, Separator.ToString(), body));
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            _logger.LogWarning(e, "Publishing on {Channel} failed; other servers catch up from storage.", _channel);
            Deliver(topic, body);
        }
    }

    public void Dispose()
    {
        try
        {
            _queue.Unsubscribe();
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // Shutting down with Redis gone: nothing to unsubscribe from.
        }
    }

    private void Receive(ChannelMessage message)
    {
        var text = (string?)message.Message ?? "";
        var split = text.IndexOf(Separator);
        if (split > 0) Deliver(text[..split], text[(split + 1)..]);
    }

    private void Deliver(string topic, string body)
    {
        try
        {
            _onMessage(topic, body);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "A message on {Channel} could not be taken.", _channel);
        }
    }
}
