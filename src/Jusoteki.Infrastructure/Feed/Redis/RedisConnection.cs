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
        // A slow first connect (a busy machine, Redis still starting) must not fail the server's first command: the
        // connection keeps trying in the background, and meanwhile commands fail fast as above.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Max(options.ConnectTimeout, 10_000);
        return ConnectionMultiplexer.Connect(options);
    }
}
