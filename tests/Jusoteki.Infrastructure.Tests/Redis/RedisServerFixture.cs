using Jusoteki.Testing;
using Jusoteki.Infrastructure.Feed.Redis;
using StackExchange.Redis;

namespace Jusoteki.Testing;

/// <summary>One private redis-server for a test class; each <see cref="Connect"/> is another server process's connection (linked into the Web tests too).</summary>
public sealed class RedisServerFixture : IDisposable
{
    private readonly List<ConnectionMultiplexer> _connections = [];

    public RedisServer Server { get; } = RedisServer.Start();

    public ConnectionMultiplexer Connect()
    {
        var connection = RedisConnection.Open(Server.Configuration);
        lock (_connections) _connections.Add(connection);
        return connection;
    }

    public void Dispose()
    {
        lock (_connections) foreach (var connection in _connections) connection.Dispose();
        Server.Dispose();
    }
}
