using Jusoteki.Testing;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Feed.Redis;
using Jusoteki.Infrastructure.Tests.Feed;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Infrastructure.Tests.Redis;

/// <summary>Two server processes: two Redis case feeds on two connections to one real redis-server.</summary>
public sealed class RedisCaseFeedContractTests(RedisServerFixture redis) : CaseFeedContract, IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly RedisCaseFeed _here = new(redis.Connect(), NullLogger<RedisCaseFeed>.Instance);
    private readonly RedisCaseFeed _there = new(redis.Connect(), NullLogger<RedisCaseFeed>.Instance);

    protected override ICaseFeed Here => _here;

    protected override ICaseFeed There => _there;

    public void Dispose()
    {
        _here.Dispose();
        _there.Dispose();
    }
}
