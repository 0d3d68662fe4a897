using System.Collections.Concurrent;
using System.Collections.Immutable;
using Jusoteki.Infrastructure.Feed;

namespace Jusoteki.Web.Meetings;

/// <summary>Someone connected to a meeting right now (a browser or a hub client), and the field they are editing, if any.</summary>
public sealed record PresenceView(string ConnectionId, string UserId, string DisplayName, FieldKey? Editing);

/// <summary>
/// Who is connected to which meeting and who is editing what — live, in memory, never journalled: it is the room, not the
/// record. Each browser circuit and hub connection joins while it has the meeting open. One process; several servers
/// share <see cref="Cluster.RedisMeetingPresence"/>.
/// </summary>
public sealed class MeetingPresence(ILogger<MeetingPresence> logger) : IMeetingPresence
{
    private readonly ConcurrentDictionary<Guid, ImmutableDictionary<string, PresenceView>> _present = new();
    private readonly ConcurrentDictionary<Guid, Subscribers<ImmutableList<PresenceView>>> _listeners = new();

    public ImmutableList<PresenceView> Snapshot(Guid meetingId) =>
        _present.TryGetValue(meetingId, out var present) ? [.. present.Values.OrderBy(p => p.DisplayName, StringComparer.Ordinal)] : [];

    public IDisposable Subscribe(Guid meetingId, Action<ImmutableList<PresenceView>> onChanged) =>
        _listeners.GetOrAdd(meetingId, id => new(logger, $"presence {id}")).Add(onChanged);

    /// <summary>Marks the connection present until the returned handle is disposed.</summary>
    public IDisposable Join(Guid meetingId, string connectionId, string userId, string displayName)
    {
        Change(meetingId, present => present.SetItem(connectionId, new PresenceView(connectionId, userId, displayName, null)));
        return new Leaving(() => Change(meetingId, present => present.Remove(connectionId)));
    }

    public void SetEditing(Guid meetingId, string connectionId, FieldKey? field) =>
        Change(meetingId, present => present.TryGetValue(connectionId, out var p) && p.Editing != field ? present.SetItem(connectionId, p with { Editing = field }) : present);

    private void Change(Guid meetingId, Func<ImmutableDictionary<string, PresenceView>, ImmutableDictionary<string, PresenceView>> change)
    {
        ImmutableDictionary<string, PresenceView> before, after;
        do
        {
            before = _present.GetOrAdd(meetingId, ImmutableDictionary<string, PresenceView>.Empty);
            after = change(before);
            if (ReferenceEquals(before, after)) return;
        }
        while (!_present.TryUpdate(meetingId, after, before));
        if (_listeners.TryGetValue(meetingId, out var listeners)) listeners.Publish(Snapshot(meetingId));
    }

    private sealed class Leaving(Action leave) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) leave();
        }
    }
}
