using System.Collections.Concurrent;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// One writer per meeting, so that journal entries are published in sequence order: an in-process gate, where this
/// server's writers queue cheaply, and with several servers the cluster's lock (<see cref="IClusterMeetingLock"/>) too.
/// The database's concurrency check still refuses a write that raced past both.
/// </summary>
public sealed class MeetingLocks(IClusterMeetingLock? cluster = null)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public async Task<IAsyncDisposable> AcquireAsync(Guid meetingId, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(meetingId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        if (cluster is null) return new Releaser(gate, null);
        try
        {
            return new Releaser(gate, await cluster.AcquireAsync(meetingId, ct));
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Releaser(SemaphoreSlim gate, IAsyncDisposable? held) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            try
            {
                if (held is not null) await held.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
