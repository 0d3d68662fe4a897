using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Threading.Channels;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Web.Meetings;
using StackExchange.Redis;

namespace Jusoteki.Web.Cluster;

/// <summary>
/// Presence across servers. Each server writes the connections it holds for a meeting under a key of its own that lives
/// for <see cref="Lifetime"/> and is renewed by a heartbeat, and names itself in the meeting's set of servers; it reads the
/// other servers' keys when one announces a change (pub/sub) and on every heartbeat. A server that is killed stops renewing:
/// its participants disappear from every board when its key expires. This server's own connections are shown at once.
/// </summary>
public sealed class RedisMeetingPresence : IMeetingPresence, IDisposable
{
    public const string ChannelName = "jusoteki:presence";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(15);

    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger _logger;
    private readonly string _server = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<Guid, ImmutableDictionary<string, PresenceView>> _local = new();
    private readonly ConcurrentDictionary<Guid, ImmutableList<PresenceView>> _remote = new();
    private readonly ConcurrentDictionary<Guid, Subscribers<ImmutableList<PresenceView>>> _listeners = new();
    // One worker does every Redis round trip in order, so that a later state is never overwritten by an earlier one.
    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly ChannelMessageQueue _announcements;
    private readonly Task _working;
    private readonly Task _beating;

    public RedisMeetingPresence(IConnectionMultiplexer redis, ILogger<RedisMeetingPresence> logger) : this(redis, logger, DefaultLifetime) { }

    public RedisMeetingPresence(IConnectionMultiplexer redis, ILogger<RedisMeetingPresence> logger, TimeSpan lifetime)
    {
        (_redis, _logger, Lifetime) = (redis, logger, lifetime);
        _announcements = redis.GetSubscriber().Subscribe(RedisChannel.Literal(ChannelName));
        _announcements.OnMessage(Announced);
        _working = Task.Run(WorkAsync);
        _beating = Task.Run(BeatAsync);
    }

    /// <summary>How long a server's presence outlives its last heartbeat (a third of it apart).</summary>
    public TimeSpan Lifetime { get; }

    public ImmutableList<PresenceView> Snapshot(Guid meetingId)
    {
        var local = _local.TryGetValue(meetingId, out var here) ? here.Values : [];
        var remote = _remote.TryGetValue(meetingId, out var there) ? there : [];
        return [.. local.Concat(remote).OrderBy(p => p.DisplayName, StringComparer.Ordinal).ThenBy(p => p.ConnectionId, StringComparer.Ordinal)];
    }

    public IDisposable Subscribe(Guid meetingId, Action<ImmutableList<PresenceView>> onChanged)
    {
        var subscription = _listeners.GetOrAdd(meetingId, id => new(_logger, $"presence {id}")).Add(onChanged);
        _work.Writer.TryWrite(new(WorkKind.Read, meetingId));
        return subscription;
    }

    public IDisposable Join(Guid meetingId, string connectionId, string userId, string displayName)
    {
        ChangeLocal(meetingId, present => present.SetItem(connectionId, new PresenceView(connectionId, userId, displayName, null)));
        return new Leaving(() => ChangeLocal(meetingId, present => present.Remove(connectionId)));
    }

    public void SetEditing(Guid meetingId, string connectionId, FieldKey? field) =>
        ChangeLocal(meetingId, present => present.TryGetValue(connectionId, out var p) && p.Editing != field ? present.SetItem(connectionId, p with { Editing = field }) : present);

    /// <summary>Stops announcing and renewing, as a stopped server does: what it wrote expires on its own.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _work.Writer.TryComplete();
        try
        {
            _announcements.Unsubscribe();
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // Redis already gone.
        }
    }

    public static RedisKey ServersKeyOf(Guid meetingId) => $"jusoteki:presence:{meetingId:N}";

    private RedisKey KeyOf(Guid meetingId, string server) => $"jusoteki:presence:{meetingId:N}:{server}";

    private void ChangeLocal(Guid meetingId, Func<ImmutableDictionary<string, PresenceView>, ImmutableDictionary<string, PresenceView>> change)
    {
        ImmutableDictionary<string, PresenceView> before, after;
        do
        {
            before = _local.GetOrAdd(meetingId, ImmutableDictionary<string, PresenceView>.Empty);
            after = change(before);
            if (ReferenceEquals(before, after)) return;
        }
        while (!_local.TryUpdate(meetingId, after, before));
        Notify(meetingId);
        _work.Writer.TryWrite(new(WorkKind.Write, meetingId));
    }

    private void Notify(Guid meetingId)
    {
        if (_listeners.TryGetValue(meetingId, out var listeners) && listeners.Count > 0) listeners.Publish(Snapshot(meetingId));
    }

    private void Announced(ChannelMessage message)
    {
        var text = (string?)message.Message ?? "";
        var split = text.IndexOf(':');
        if (split < 0 || text.AsSpan(split + 1).SequenceEqual(_server) || !Guid.TryParseExact(text.AsSpan(0, split), "N", out var meetingId)) return;
        if (_listeners.TryGetValue(meetingId, out var listeners) && listeners.Count > 0) _work.Writer.TryWrite(new(WorkKind.Read, meetingId));
    }

    private async Task WorkAsync()
    {
        await foreach (var work in _work.Reader.ReadAllAsync())
        {
            try
            {
                var db = _redis.GetDatabase();
                switch (work.Kind)
                {
                    case WorkKind.Write: await WriteAsync(db, work.MeetingId); break;
                    case WorkKind.Renew: await RenewAsync(db, work.MeetingId); break;
                    case WorkKind.Read: await ReadAsync(db, work.MeetingId); break;
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                _logger.LogWarning(e, "Presence of meeting {MeetingId} could not be shared through Redis.", work.MeetingId);
            }
        }
    }

    private async Task WriteAsync(IDatabase db, Guid meetingId)
    {
        var present = _local.TryGetValue(meetingId, out var here) ? here : ImmutableDictionary<string, PresenceView>.Empty;
        var key = KeyOf(meetingId, _server);
        var servers = ServersKeyOf(meetingId);
        if (present.IsEmpty)
        {
            await db.KeyDeleteAsync(key);
            await db.SetRemoveAsync(servers, _server);
        }
        else
        {
            await db.StringSetAsync(key, JsonSerializer.Serialize(present.Values.ToArray()), Lifetime);
            await db.SetAddAsync(servers, _server);
            await db.KeyExpireAsync(servers, Lifetime * 2);
        }
        await _redis.GetSubscriber().PublishAsync(RedisChannel.Literal(ChannelName), $"{meetingId:N}:{_server}");
    }

    private async Task RenewAsync(IDatabase db, Guid meetingId)
    {
        if (!_local.TryGetValue(meetingId, out var present) || present.IsEmpty) return;
        // Gone although renewed in time (Redis restarted, or this server stalled past its lifetime): write it again.
        if (!await db.KeyExpireAsync(KeyOf(meetingId, _server), Lifetime)) await WriteAsync(db, meetingId);
        else await db.KeyExpireAsync(ServersKeyOf(meetingId), Lifetime * 2);
    }

    private async Task ReadAsync(IDatabase db, Guid meetingId)
    {
        var others = (await db.SetMembersAsync(ServersKeyOf(meetingId))).Select(s => (string)s!).Where(s => s != _server).ToArray();
        var values = others.Length == 0 ? [] : await db.StringGetAsync([.. others.Select(s => KeyOf(meetingId, s))]);
        var views = new List<PresenceView>();
        for (var i = 0; i < others.Length; i++)
        {
            if (values[i].IsNull) await db.SetRemoveAsync(ServersKeyOf(meetingId), others[i]); // a server that stopped renewing
            else views.AddRange(JsonSerializer.Deserialize<PresenceView[]>((string)values[i]!) ?? []);
        }
        var sorted = views.OrderBy(p => p.ConnectionId, StringComparer.Ordinal).ToImmutableList();
        var before = _remote.TryGetValue(meetingId, out var seen) ? seen : [];
        if (before.SequenceEqual(sorted)) return;
        _remote[meetingId] = sorted;
        Notify(meetingId);
    }

    private async Task BeatAsync()
    {
        using var timer = new PeriodicTimer(Lifetime / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                foreach (var (meetingId, present) in _local)
                    if (!present.IsEmpty) _work.Writer.TryWrite(new(WorkKind.Renew, meetingId));
                foreach (var (meetingId, listeners) in _listeners)
                    if (listeners.Count > 0) _work.Writer.TryWrite(new(WorkKind.Read, meetingId));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private enum WorkKind { Write, Renew, Read }

    private readonly record struct Work(WorkKind Kind, Guid MeetingId);

    private sealed class Leaving(Action leave) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) leave();
        }
    }
}
