using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Feed.Redis;
using Jusoteki.Infrastructure.Tests.Feed;
using Jusoteki.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Infrastructure.Tests.Redis;

/// <summary>Two server processes: two Redis feeds on two connections to one real redis-server.</summary>
public sealed class RedisMeetingFeedContractTests(RedisServerFixture redis) : MeetingFeedContract, IClassFixture<RedisServerFixture>, IDisposable
{
    private static readonly Guid Sentinel = Guid.NewGuid();
    private readonly RedisMeetingFeed _here = new(redis.Connect(), NullLogger<RedisMeetingFeed>.Instance);
    private readonly RedisMeetingFeed _there = new(redis.Connect(), NullLogger<RedisMeetingFeed>.Instance);
    private long _round;

    protected override IMeetingFeed Here => _here;

    protected override IMeetingFeed There => _there;

    public void Dispose()
    {
        _here.Dispose();
        _there.Dispose();
    }

    [Fact]
    public async Task Publishing_while_Redis_is_gone_still_reaches_this_process_and_does_not_throw()
    {
        var server = RedisServer.Start();
        using var connection = RedisConnection.Open(server.Configuration);
        using var feed = new RedisMeetingFeed(connection, NullLogger<RedisMeetingFeed>.Instance);
        var here = new Heard();
        using var _ = feed.Subscribe(Sentinel, here.Add);
        server.Dispose();
        await Until(() => !connection.IsConnected);

        await feed.PublishAsync(Sentinel, Entries(Sentinel, 1));

        Assert.Equal([1L], here.Sequences);
    }

    // Here → there, then there → here, on the one channel every message shares: each side has then taken everything before.
    protected override async Task SettleAsync()
    {
        var round = Interlocked.Increment(ref _round) * 2;
        var there = new Heard();
        var here = new Heard();
        using var s1 = _there.Subscribe(Sentinel, there.Add);
        using var s2 = _here.Subscribe(Sentinel, here.Add);
        await _here.PublishAsync(Sentinel, Entries(Sentinel, round));
        await Until(() => there.Sequences.Contains(round));
        await _there.PublishAsync(Sentinel, Entries(Sentinel, round + 1));
        await Until(() => here.Sequences.Contains(round + 1));
    }
}
