using System.Text.Json;
using Jusoteki.Web.Meetings;
using StackExchange.Redis;

namespace Jusoteki.Web.Cluster;

/// <summary>
/// Unsaved text per (person, meeting) in Redis, so that a board reopened on another server still restores it: one hash per
/// person and meeting, a field per editor, kept for <see cref="Lifetime"/> after the last keystroke. Writes are sent
/// without waiting (in order, on the one connection): typing never waits on Redis.
/// </summary>
public sealed class RedisDraftKeeper(IConnectionMultiplexer redis, ILogger<RedisDraftKeeper> logger) : IDraftKeeper
{
    /// <summary>A meeting day: long enough to come back to, short enough not to keep what nobody will.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(12);

    public static RedisKey KeyOf(string userId, Guid meetingId) => $"jusoteki:drafts:{meetingId:N}:{userId}";

    public void Keep(string userId, Guid meetingId, Draft draft)
    {
        var key = KeyOf(userId, meetingId);
        var db = redis.GetDatabase();
        Send(() =>
        {
            db.HashSet(key, FieldOf(draft.Field), JsonSerializer.Serialize(draft), flags: CommandFlags.FireAndForget);
            db.KeyExpire(key, Lifetime, flags: CommandFlags.FireAndForget);
        });
    }

    public void Forget(string userId, Guid meetingId, FieldKey field)
    {
        var db = redis.GetDatabase();
        Send(() => db.HashDelete(KeyOf(userId, meetingId), FieldOf(field), CommandFlags.FireAndForget));
    }

    public async Task<IReadOnlyList<Draft>> KeptAsync(string userId, Guid meetingId)
    {
        try
        {
            var kept = await redis.GetDatabase().HashGetAllAsync(KeyOf(userId, meetingId));
            return [.. kept.Select(entry => JsonSerializer.Deserialize<Draft>((string)entry.Value!)!)];
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Unsaved drafts could not be read from Redis.");
            return [];
        }
    }

    private static RedisValue FieldOf(FieldKey field) => $"{field.CaseId:N}:{field.Field}:{field.AgencyId:N}";

    private void Send(Action send)
    {
        try
        {
            send();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "An unsaved draft could not be kept in Redis.");
        }
    }
}
