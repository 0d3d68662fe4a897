using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>
/// This circuit's live link to the meeting it shows: the meeting's journal feed, changes of cases, and presence (this
/// participant is shown as connected while the board is open). Scoped: it ends with the circuit.
/// </summary>
public sealed class BoardConnection(IMeetingFeed feed, ICaseFeed caseFeed, IMeetingPresence presence, IDraftKeeper drafts) : IDisposable
{
    private readonly List<IDisposable> _links = [];
    private Guid? _meetingId;
    private string? _userId;

    /// <summary>Names this circuit in the presence list of the meeting.</summary>
    public string ConnectionKey { get; } = "circuit-" + Guid.NewGuid().ToString("N");

    public void Follow(Guid meetingId, Caller caller, IDispatcher dispatcher)
    {
        Dispose();
        (_meetingId, _userId) = (meetingId, caller.Actor.Id);
        _links.Add(feed.Subscribe(meetingId, entries => dispatcher.Dispatch(new JournalEntriesReceived(meetingId, entries))));
        _links.Add(caseFeed.Subscribe(change =>
        {
            if (change.InMeetingId != meetingId) dispatcher.Dispatch(new CaseChangedReceived(meetingId, change.CaseId));
        }));
        _links.Add(presence.Subscribe(meetingId, present => dispatcher.Dispatch(new PresenceChanged(meetingId, present))));
        _links.Add(presence.Join(meetingId, ConnectionKey, caller.Actor.Id, caller.Actor.DisplayName));
    }

    public void SetEditing(FieldKey? field)
    {
        if (_meetingId is { } meetingId) presence.SetEditing(meetingId, ConnectionKey, field);
    }

    /// <summary>Keeps what is being typed, so that a lost circuit does not lose it (<see cref="IDraftKeeper"/>).</summary>
    public void KeepDraft(Draft draft)
    {
        if (_meetingId is { } meetingId && _userId is { } userId) drafts.Keep(userId, meetingId, draft);
    }

    public void ForgetDraft(FieldKey field)
    {
        if (_meetingId is { } meetingId && _userId is { } userId) drafts.Forget(userId, meetingId, field);
    }

    /// <summary>What this person typed on this meeting's board in an earlier circuit and never saved.</summary>
    public async Task<IReadOnlyList<Draft>> KeptDraftsAsync() =>
        _meetingId is { } meetingId && _userId is { } userId ? await drafts.KeptAsync(userId, meetingId) : [];

    public void Dispose()
    {
        foreach (var link in _links) link.Dispose();
        _links.Clear();
        (_meetingId, _userId) = (null, null);
    }
}
