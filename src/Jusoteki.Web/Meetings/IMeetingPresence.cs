using System.Collections.Immutable;

namespace Jusoteki.Web.Meetings;

/// <summary>Who is connected to which meeting and editing what: <see cref="MeetingPresence"/> in one process, <see cref="Cluster.RedisMeetingPresence"/> across servers.</summary>
public interface IMeetingPresence
{
    /// <summary>Everyone present; across servers, kept current for meetings this server has subscribers for.</summary>
    ImmutableList<PresenceView> Snapshot(Guid meetingId);

    /// <summary>The handler gets the whole list after each change; it must be quick.</summary>
    IDisposable Subscribe(Guid meetingId, Action<ImmutableList<PresenceView>> onChanged);

    /// <summary>Marks the connection present until the returned handle is disposed.</summary>
    IDisposable Join(Guid meetingId, string connectionId, string userId, string displayName);

    void SetEditing(Guid meetingId, string connectionId, FieldKey? field);
}
