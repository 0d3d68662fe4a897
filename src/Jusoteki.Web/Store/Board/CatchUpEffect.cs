using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>When the feed delivered entries past a gap, reads everything after the last entry shown from the journal.</summary>
public sealed class CatchUpEffect(IState<BoardState> state, MeetingQueries queries) : Effect<JournalEntriesReceived>
{
    public override async Task HandleAsync(JournalEntriesReceived action, IDispatcher dispatcher)
    {
        if (state.Value.Board is not { } board || board.MeetingId != action.MeetingId) return;
        if (action.Entries.All(e => e.Sequence <= board.LastSequence)) return;

        var missing = await queries.ReadJournalAfterAsync(action.MeetingId, board.LastSequence);
        if (missing.Count > 0) dispatcher.Dispatch(new JournalEntriesReceived(action.MeetingId, missing));
    }
}
