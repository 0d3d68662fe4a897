namespace Jusoteki.E2E;

/// <summary>One app server for a test class, started before its first test and stopped after its last.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public AppServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
