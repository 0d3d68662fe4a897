using Jusoteki.Web.Meetings;
using StackExchange.Redis;

namespace Jusoteki.Web.Cluster;

/// <summary>
/// One writer per meeting across servers: a Redis key set only if absent (SET NX PX) holding this holder's token, renewed
/// while held, deleted on release only if it still holds that token. A holder that dies stops renewing and the meeting is
/// free again after <see cref="Lease"/>. While Redis is unreachable the write goes ahead, guarded by the database's
/// concurrency check alone (a conflicting write is refused there, never lost).
/// </summary>
public sealed class RedisMeetingLock(IConnectionMultiplexer redis, ILogger<RedisMeetingLock> logger) : IClusterMeetingLock
{
    private const string RenewScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(100);

    /// <summary>How long the key outlives its last renewal: the longest a dead holder keeps a meeting.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(10);

    public static RedisKey KeyOf(Guid meetingId) => $"jusoteki:lock:meeting:{meetingId:N}";

    public async Task<IAsyncDisposable> AcquireAsync(Guid meetingId, CancellationToken ct)
    {
        var key = KeyOf(meetingId);
        var token = Guid.NewGuid().ToString("N");
        var db = redis.GetDatabase();
        var wait = FirstWait;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (await db.StringSetAsync(key, token, Lease, When.NotExists)) return new Held(db, key, token, Lease, logger);
            }
            catch (RedisConnectionException e)
            {
                logger.LogWarning(e, "Redis is unreachable: meeting {MeetingId} is written under the database's concurrency check alone.", meetingId);
                return NotHeld.Instance;
            }
            // Another server holds it: back off (with jitter, so that waiting servers do not retry in step).
            await Task.Delay(wait + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)wait.TotalMilliseconds + 1)), ct);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
        }
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly IDatabase _db;
        private readonly RedisKey _key;
        private readonly RedisValue _token;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Held(IDatabase db, RedisKey key, RedisValue token, TimeSpan lease, ILogger logger)
        {
            (_db, _key, _token, _logger) = (db, key, token, logger);
            _renewing = RenewAsync(lease);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            _stop.Dispose();
            try
            {
                await _db.ScriptEvaluateAsync(ReleaseScript, [_key], [_token]);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                _logger.LogWarning(e, "Releasing {Key} failed; it frees itself when its lease ends.", _key);
            }
        }

        // A third of the lease: two renewals may fail before the key expires under a live holder.
        private async Task RenewAsync(TimeSpan lease)
        {
            using var timer = new PeriodicTimer(lease / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    try
                    {
                        if ((long)await _db.ScriptEvaluateAsync(RenewScript, [_key], [_token, (long)lease.TotalMilliseconds]) == 0)
                        {
                            _logger.LogWarning("{Key} was lost while held; the database's concurrency check guards the write.", _key);
                            return;
                        }
                    }
                    catch (Exception e) when (e is RedisException or TimeoutException)
                    {
                        _logger.LogWarning(e, "Renewing {Key} failed.", _key);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Released.
            }
        }
    }

    private sealed class NotHeld : IAsyncDisposable
    {
        public static readonly NotHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
