using Jusoteki.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Jusoteki.Web.Cluster;

/// <summary>
/// Several Jusoteki servers behind one address (<c>Jusoteki:Redis</c> set): what must be shared between them goes through
/// Redis — the meeting and case feeds, presence, unsaved drafts, the one-writer-per-meeting lock, sign-outs and
/// account revocations, the SignalR backplane and the Data Protection keys. Unset, nothing here is used.
/// </summary>
public static class ClusterServices
{
    /// <summary>Where the Data Protection key ring lives in Redis: every server signs and reads the same cookies.</summary>
    public static readonly RedisKey DataProtectionKey = "jusoteki:dataprotection:keys";

    /// <summary>The prefix of SignalR's own channels, apart from the feeds' (<c>jusoteki:feed:…</c>).</summary>
    public const string SignalRChannelPrefix = "jusoteki";

    /// <summary>The Redis configuration string, or null for one process.</summary>
    public static string? RedisOf(IConfiguration configuration) =>
        configuration["Jusoteki:Redis"] is { Length: > 0 } redis ? redis : null;

    /// <summary>The application's shared state in Redis, in place of the in-memory defaults of <see cref="JusotekiApplication.AddJusotekiServices"/>.</summary>
    public static IServiceCollection AddJusotekiCluster(this IServiceCollection services, string redis)
    {
        services.AddJusotekiRedisFeeds(redis);
        services.AddSingleton<Meetings.IClusterMeetingLock, RedisMeetingLock>();
        services.Replace(ServiceDescriptor.Singleton<Meetings.IMeetingPresence, RedisMeetingPresence>());
        services.Replace(ServiceDescriptor.Singleton<Meetings.IDraftKeeper, RedisDraftKeeper>());
        services.AddSingleton<Identity.IIdentitySignals, RedisIdentitySignals>();
        return services;
    }

    /// <summary>Keys in Redis instead of the folder beside the database, so that a sign-in on one server is valid on the others.</summary>
    public static IServiceCollection PersistDataProtectionKeysInRedis(this IServiceCollection services) =>
        services.PersistDataProtectionKeysInRedis(DataProtectionKey);

    public static IServiceCollection PersistDataProtectionKeysInRedis(this IServiceCollection services, RedisKey key)
    {
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), key));
        return services;
    }

    /// <summary>SignalR messages to a connection held by another server go through Redis.</summary>
    public static ISignalRServerBuilder AddJusotekiBackplane(this ISignalRServerBuilder signalR, string redis) =>
        signalR.AddStackExchangeRedis(redis, options =>
        {
            options.Configuration.ChannelPrefix = RedisChannel.Literal(SignalRChannelPrefix);
            options.Configuration.ClientName ??= "jusoteki-signalr";
        });
}
