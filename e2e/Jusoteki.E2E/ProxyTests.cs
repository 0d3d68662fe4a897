namespace Jusoteki.E2E;

/// <summary>The proxy on its own (no instance behind it): what it refuses before it serves anything.</summary>
public sealed class ProxyTests
{
    [Fact]
    public async Task The_proxy_refuses_to_listen_beyond_loopback_unless_told_to()
    {
        await using var proxy = new ProxyServer { ListenUrl = "http://0.0.0.0:0" };

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(proxy.StartAsync);

        Assert.Contains("The proxy listens on loopback only; refused: http://0.0.0.0:0", refusal.Message);
    }
}
