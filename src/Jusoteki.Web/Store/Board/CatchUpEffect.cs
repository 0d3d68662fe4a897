using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>
/// Keeps the board whole after new entries: past a gap, reads the missing entries from the journal; when an entry changed
/// what this viewer may see (the board went stale), reads the board again through the consent gate.
/// </summary>
public sealed class CatchUpEffect(IState<BoardState> state, MeetingQueries queries, CurrentCaller viewer) : Effect<JournalEntriesReceived>
{
    public override async Task HandleAsync(JournalEntriesReceived action, IDispatcher dispatcher)
    {
        if (state.Value.Board is not { } board || board.MeetingId != action.MeetingId) return;
        if (state.Value.Stale)
        {
            if (await queries.GetBoardAsync(action.MeetingId, await viewer.GetAsync()) is { } fresh) dispatcher.Dispatch(new BoardLoaded(fresh));
            return;
        }
        if (action.Entries.All(e => e.Sequence <= board.LastSequence)) return;

        var missing = await queries.ReadJournalAfterAsync(action.MeetingId, board.LastSequence, await viewer.GetAsync());
        if (missing.Count > 0) dispatcher.Dispatch(new JournalEntriesReceived(action.MeetingId, missing));
    }
}
