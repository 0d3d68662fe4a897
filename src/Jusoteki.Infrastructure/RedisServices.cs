using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Feed.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Jusoteki.Infrastructure;

public static class RedisServices
{
    /// <summary>
    /// Several servers: one Redis connection per process (<c>Jusoteki:Redis</c>, a StackExchange.Redis configuration string)
    /// and the meeting and case feeds through it, in place of the in-memory ones.
    /// </summary>
    public static IServiceCollection AddJusotekiRedisFeeds(this IServiceCollection services, string configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        services.TryAddSingleton<IConnectionMultiplexer>(_ => RedisConnection.Open(configuration));
        services.Replace(ServiceDescriptor.Singleton<IMeetingFeed, RedisMeetingFeed>());
        services.Replace(ServiceDescriptor.Singleton<ICaseFeed, RedisCaseFeed>());
        return services;
    }
}
