using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Jusoteki.Web.Circuits;

/// <summary>
/// Whether this circuit's browser is connected. Blazor keeps a circuit for minutes after its browser went away (so that it
/// can reconnect); a page that re-reads on every change of a case would go on reading — and writing C6 records — for
/// nobody. Such re-reads go through <see cref="WhenConnected"/>: at once while the browser is there, otherwise once, when it
/// is back (later requests of the same owner replace earlier ones: one re-read covers them all).
/// </summary>
public sealed class CircuitLink : CircuitHandler
{
    private readonly Lock _gate = new();
    private readonly Dictionary<object, Func<Task>> _pending = [];
    private bool _connected = true;

    public bool IsConnected
    {
        get { lock (_gate) return _connected; }
    }

    /// <summary>Runs <paramref name="reread"/> now if the browser is connected, else keeps it (one per owner) for when it is back.</summary>
    public void WhenConnected(object owner, Func<Task> reread)
    {
        lock (_gate)
        {
            if (!_connected)
            {
                _pending[owner] = reread;
                return;
            }
        }
        _ = reread();
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate) _connected = false;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        List<Func<Task>> due;
        lock (_gate)
        {
            _connected = true;
            due = [.. _pending.Values];
            _pending.Clear();
        }
        foreach (var reread in due) _ = reread();
        return Task.CompletedTask;
    }
}
