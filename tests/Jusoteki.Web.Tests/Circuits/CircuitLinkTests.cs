using Jusoteki.Web.Circuits;

namespace Jusoteki.Web.Tests.Circuits;

/// <summary>Issue 11, item 16: a closed tab's circuit went on re-reading (and writing C6 records) on every change for minutes.</summary>
public sealed class CircuitLinkTests
{
    private readonly CircuitLink _link = new();
    private readonly object _page = new();
    private int _rereads;

    private Task Reread()
    {
        Interlocked.Increment(ref _rereads);
        return Task.CompletedTask;
    }

    [Fact]
    public void While_the_browser_is_connected_a_reread_runs_at_once()
    {
        _link.WhenConnected(_page, Reread);

        Assert.Equal(1, _rereads);
    }

    [Fact]
    public async Task While_the_browser_is_away_nothing_is_read_and_one_reread_follows_its_return()
    {
        await _link.OnConnectionDownAsync(null!, default);

        for (var change = 0; change < 5; change++) _link.WhenConnected(_page, Reread);
        Assert.Equal(0, _rereads);

        await _link.OnConnectionUpAsync(null!, default);
        Assert.Equal(1, _rereads);
        await _link.OnConnectionUpAsync(null!, default);
        Assert.Equal(1, _rereads);
    }

    [Fact]
    public async Task Each_page_of_the_circuit_gets_its_own_reread_on_return()
    {
        var otherPage = new object();
        await _link.OnConnectionDownAsync(null!, default);

        _link.WhenConnected(_page, Reread);
        _link.WhenConnected(otherPage, Reread);
        await _link.OnConnectionUpAsync(null!, default);

        Assert.Equal(2, _rereads);
    }
}
