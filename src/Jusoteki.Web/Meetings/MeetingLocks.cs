using System.Collections.Concurrent;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// One writer per meeting inside this process, so that journal entries are published in sequence order.
/// The database's concurrency check still guards against writers in other processes.
/// </summary>
public sealed class MeetingLocks
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public async Task<IDisposable> AcquireAsync(Guid meetingId, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(meetingId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
