using StackExchange.Redis;

namespace Jusoteki.Infrastructure.Feed.Redis;

/// <summary>How Jusoteki connects to Redis: the <c>Jusoteki:Redis</c> configuration string, and commands that fail at once while Redis is away.</summary>
public static class RedisConnection
{
    public static ConnectionMultiplexer Open(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // A command is not held back for seconds (the default backlog) under a meeting's lock: the feeds are best effort
        // and their readers catch up from storage; presence and drafts say so in the log.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "jusoteki";
        return ConnectionMultiplexer.Connect(options);
    }
}
