using Jusoteki.Testing;
using System.Collections.Immutable;
using System.Diagnostics;
using Jusoteki.Web.Cluster;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>Presence across two servers: two instances on two connections to one real redis-server.</summary>
public sealed class RedisMeetingPresenceTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan ShortLifetime = TimeSpan.FromMilliseconds(900);
    private readonly Guid _meeting = Guid.NewGuid();

    [Fact]
    public async Task Someone_joining_on_one_server_is_shown_on_the_other_and_leaves_from_both()
    {
        using var a = Presence(redis.Connect());
        using var b = Presence(redis.Connect());
        var seenOnB = new Latest();
        using var _ = b.Subscribe(_meeting, seenOnB.Set);
        using var followedOnA = a.Subscribe(_meeting, _ => { });

        var sato = a.Join(_meeting, "circuit-1", "houkatsu", "地域包括 佐藤");
        using var suzuki = b.Join(_meeting, "circuit-2", "shakyo", "社協 鈴木");

        await Eventually.True(() => Names(seenOnB.Value) == "地域包括 佐藤,社協 鈴木", "both on B");
        await Eventually.True(() => Names(a.Snapshot(_meeting)) == "地域包括 佐藤,社協 鈴木", "both on A");
        sato.Dispose();
        await Eventually.True(() => Names(seenOnB.Value) == "社協 鈴木", "佐藤 gone from B");
    }

    [Fact]
    public async Task What_someone_edits_on_one_server_is_shown_on_the_other()
    {
        using var a = Presence(redis.Connect());
        using var b = Presence(redis.Connect());
        var seenOnB = new Latest();
        using var _ = b.Subscribe(_meeting, seenOnB.Set);
        using var sato = a.Join(_meeting, "circuit-1", "houkatsu", "地域包括 佐藤");
        var field = new FieldKey(Guid.NewGuid(), BoardField.SupportPolicy);

        a.SetEditing(_meeting, "circuit-1", field);

        await Eventually.True(() => seenOnB.Value.SingleOrDefault()?.Editing == field, "B sees 佐藤 editing the 支援方針");
    }

    [Fact]
    public async Task The_participants_of_a_killed_server_disappear_when_its_presence_expires()
    {
        var dying = redis.Connect();
        var a = Presence(dying);
        using var b = Presence(redis.Connect());
        var seenOnB = new Latest();
        using var _ = b.Subscribe(_meeting, seenOnB.Set);
        a.Join(_meeting, "circuit-1", "houkatsu", "地域包括 佐藤");
        await Eventually.True(() => seenOnB.Value.Count == 1, "B sees 佐藤");

        var killed = Stopwatch.StartNew();
        dying.Dispose(); // killed: nobody leaves, nothing is renewed
        a.Dispose();

        await Eventually.True(() => seenOnB.Value.IsEmpty, "佐藤 gone from B");
        Assert.True(killed.Elapsed >= ShortLifetime * 0.5, $"gone after {killed.Elapsed.TotalMilliseconds} ms, before the presence could have expired");
    }

    [Fact]
    public async Task A_server_that_lives_keeps_its_participants_past_their_lifetime()
    {
        using var a = Presence(redis.Connect());
        using var b = Presence(redis.Connect());
        var changes = 0;
        var seenOnB = new Latest();
        using var _ = b.Subscribe(_meeting, present => { seenOnB.Set(present); Interlocked.Increment(ref changes); });
        using var sato = a.Join(_meeting, "circuit-1", "houkatsu", "地域包括 佐藤");
        await Eventually.True(() => seenOnB.Value.Count == 1, "B sees 佐藤");

        // Three lifetimes later (B re-reads at every heartbeat), 佐藤 is still shown and was never dropped in between.
        var since = Stopwatch.StartNew();
        await Eventually.True(() => since.Elapsed > ShortLifetime * 3, "three lifetimes", TimeSpan.FromSeconds(20));

        Assert.Single(seenOnB.Value);
        Assert.Equal(1, Volatile.Read(ref changes));
    }

    private static RedisMeetingPresence Presence(IConnectionMultiplexer connection) =>
        new(connection, NullLogger<RedisMeetingPresence>.Instance, ShortLifetime);

    private static string Names(ImmutableList<PresenceView> present) => string.Join(",", present.Select(p => p.DisplayName));

    private sealed class Latest
    {
        private ImmutableList<PresenceView> _value = [];

        public ImmutableList<PresenceView> Value => Volatile.Read(ref _value);

        public void Set(ImmutableList<PresenceView> present) => Volatile.Write(ref _value, present);
    }
}
