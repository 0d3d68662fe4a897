using Microsoft.Extensions.Logging;

namespace Jusoteki.Infrastructure.Feed;

/// <summary>The case feed for one server process; several servers share <see cref="Redis.RedisCaseFeed"/> behind the same interface.</summary>
public sealed class InMemoryCaseFeed(ILogger<InMemoryCaseFeed> logger) : ICaseFeed
{
    private readonly Subscribers<CaseChanged> _subscribers = new(logger, "cases");

    public IDisposable Subscribe(Action<CaseChanged> onChanged) => _subscribers.Add(onChanged);

    public Task PublishAsync(CaseChanged change, CancellationToken ct = default)
    {
        _subscribers.Publish(change);
        return Task.CompletedTask;
    }
}
