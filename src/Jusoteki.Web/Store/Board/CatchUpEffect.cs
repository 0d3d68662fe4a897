using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>
/// Keeps the board whole after new entries: past a gap, reads the missing entries from the journal; when something changed
/// what this viewer may see (the board went stale), reads the board again through the consent gate.
/// </summary>
public sealed class CatchUpEffect(IState<BoardState> state, MeetingQueries queries, CurrentCaller viewer) : IEffect
{
    public bool CanHandle(object action) => action is JournalEntriesReceived or CaseChangedReceived;

    public async Task HandleAsync(object action, IDispatcher dispatcher)
    {
        if (state.Value.Board is not { } board) return;
        if (state.Value.Stale)
        {
            if (await queries.GetBoardAsync(board.MeetingId, await viewer.GetAsync()) is { } fresh) dispatcher.Dispatch(new BoardLoaded(fresh));
            return;
        }
        if (action is not JournalEntriesReceived received || received.MeetingId != board.MeetingId) return;
        if (received.Entries.All(e => e.Sequence <= board.LastSequence)) return;

        var missing = await queries.ReadJournalAfterAsync(board.MeetingId, board.LastSequence, await viewer.GetAsync());
        if (missing.Count > 0) dispatcher.Dispatch(new JournalEntriesReceived(board.MeetingId, missing));
    }
}
