using Jusoteki.Testing;
using System.Diagnostics;
using Jusoteki.Web.Cluster;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>One writer per meeting across servers: two lock objects on two connections to one real redis-server.</summary>
public sealed class RedisMeetingLockTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private readonly Guid _meeting = Guid.NewGuid();

    [Fact]
    public async Task Writers_on_two_servers_never_hold_a_meeting_at_the_same_time()
    {
        var servers = new[] { Locks(redis.Connect()), Locks(redis.Connect()) };
        var inside = 0;
        var most = 0;
        var done = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var _ = await servers[writer % 2].AcquireAsync(_meeting, CancellationToken.None);
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await Task.Delay(1); // the write itself: long enough for a second holder to overlap if the lock let one in
                Interlocked.Decrement(ref inside);
                Interlocked.Increment(ref done);
            }
        })));

        Assert.Equal(1, most);
        Assert.Equal(80, done);
    }

    [Fact]
    public async Task A_holder_keeps_the_meeting_past_its_lease_by_renewing_and_the_next_gets_it_on_release()
    {
        var first = new RedisMeetingLock(redis.Connect(), NullLogger<RedisMeetingLock>.Instance) { Lease = TimeSpan.FromMilliseconds(300) };
        var second = new RedisMeetingLock(redis.Connect(), NullLogger<RedisMeetingLock>.Instance) { Lease = TimeSpan.FromMilliseconds(300) };
        var held = await first.AcquireAsync(_meeting, CancellationToken.None);

        using (var patience = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.AcquireAsync(_meeting, patience.Token));

        await held.DisposeAsync();
        using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var next = await second.AcquireAsync(_meeting, soon.Token);
    }

    [Fact]
    public async Task A_holder_that_dies_frees_the_meeting_when_its_lease_ends()
    {
        var lease = TimeSpan.FromMilliseconds(600);
        var dying = redis.Connect();
        var first = new RedisMeetingLock(dying, NullLogger<RedisMeetingLock>.Instance) { Lease = lease };
        var second = new RedisMeetingLock(redis.Connect(), NullLogger<RedisMeetingLock>.Instance) { Lease = lease };
        _ = await first.AcquireAsync(_meeting, CancellationToken.None);
        var since = Stopwatch.StartNew();

        dying.Dispose(); // the server is gone: nothing renews and nothing releases
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var taken = await second.AcquireAsync(_meeting, patience.Token);

        Assert.True(since.Elapsed >= lease * 0.8, $"taken after {since.Elapsed.TotalMilliseconds} ms, before the lease of {lease.TotalMilliseconds} ms ended");
    }

    [Fact]
    public async Task Releasing_after_the_lease_was_lost_does_not_free_the_next_holder()
    {
        var connection = redis.Connect();
        var db = connection.GetDatabase();
        var first = new RedisMeetingLock(connection, NullLogger<RedisMeetingLock>.Instance) { Lease = TimeSpan.FromSeconds(30) };
        var held = await first.AcquireAsync(_meeting, CancellationToken.None);
        // As if the lease ran out and another server took the meeting.
        await db.StringSetAsync(RedisMeetingLock.KeyOf(_meeting), "another-holder");

        await held.DisposeAsync();

        Assert.Equal("another-holder", (string?)await db.StringGetAsync(RedisMeetingLock.KeyOf(_meeting)));
    }

    private static MeetingLocks Locks(IConnectionMultiplexer connection) =>
        new(new RedisMeetingLock(connection, NullLogger<RedisMeetingLock>.Instance));

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
