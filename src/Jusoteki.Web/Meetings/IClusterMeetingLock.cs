namespace Jusoteki.Web.Meetings;

/// <summary>One writer per meeting across every server of a cluster (Redis); <see cref="MeetingLocks"/> takes it after its own in-process gate.</summary>
public interface IClusterMeetingLock
{
    /// <summary>Waits until this process holds the meeting, or <paramref name="ct"/> ends the wait. Disposing the result lets go.</summary>
    Task<IAsyncDisposable> AcquireAsync(Guid meetingId, CancellationToken ct);
}
