using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Jusoteki.Infrastructure.Feed.Redis;

/// <summary>The case feed of a cluster: every server's subscribers, this one's included, through one Redis channel.</summary>
public sealed class RedisCaseFeed : ICaseFeed, IDisposable
{
    public const string ChannelName = "jusoteki:feed:cases";
    private readonly Subscribers<CaseChanged> _subscribers;
    private readonly RedisFeedChannel _channel;

    public RedisCaseFeed(IConnectionMultiplexer redis, ILogger<RedisCaseFeed> logger)
    {
        _subscribers = new(logger, "cases");
        _channel = new RedisFeedChannel(redis, ChannelName, Receive, logger);
    }

    public IDisposable Subscribe(Action<CaseChanged> onChanged) => _subscribers.Add(onChanged);

    public async Task PublishAsync(CaseChanged change, CancellationToken ct = default)
    {
        await _channel.PublishAsync("case", JsonSerializer.Serialize(change));
    }

    public void Dispose() => _channel.Dispose();

    private void Receive(string topic, string body)
    {
        if (_subscribers.Count > 0 && JsonSerializer.Deserialize<CaseChanged>(body) is { } change) _subscribers.Publish(change);
    }
}
