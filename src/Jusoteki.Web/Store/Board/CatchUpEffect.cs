using Jusoteki.Web.Circuits;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>
/// Keeps the board whole after new entries: past a gap, reads the missing entries from the journal; when something changed
/// what this viewer may see (the board went stale), reads the board again through the consent gate. While the browser is
/// away (the circuit kept for its return) it reads nothing: one catch-up when it is back covers everything missed.
/// </summary>
public sealed class CatchUpEffect(IState<BoardState> state, MeetingQueries queries, CurrentCaller viewer, CircuitLink link) : IEffect
{
    public bool CanHandle(object action) => action is JournalEntriesReceived or CaseChangedReceived;

    public async Task HandleAsync(object action, IDispatcher dispatcher)
    {
        if (state.Value.Board is not { } board) return;
        if (!link.IsConnected)
        {
            link.WhenConnected(this, () => CatchUpAsync(dispatcher));
            return;
        }
        if (state.Value.Stale)
        {
            if (await queries.GetBoardAsync(board.MeetingId, await viewer.GetAsync()) is { } fresh) dispatcher.Dispatch(new BoardLoaded(fresh));
            return;
        }
        if (action is not JournalEntriesReceived received || received.MeetingId != board.MeetingId) return;
        if (received.Entries.All(e => e.Sequence <= board.LastSequence)) return;

        await ReadMissingAsync(board, dispatcher);
    }

    private async Task CatchUpAsync(IDispatcher dispatcher)
    {
        if (state.Value.Board is not { } board) return;
        if (state.Value.Stale)
        {
            if (await queries.GetBoardAsync(board.MeetingId, await viewer.GetAsync()) is { } fresh) dispatcher.Dispatch(new BoardLoaded(fresh));
            return;
        }
        await ReadMissingAsync(board, dispatcher);
    }

    private async Task ReadMissingAsync(MeetingBoardView board, IDispatcher dispatcher)
    {
        var missing = await queries.ReadJournalAfterAsync(board.MeetingId, board.LastSequence, await viewer.GetAsync());
        if (missing.Count > 0) dispatcher.Dispatch(new JournalEntriesReceived(board.MeetingId, missing));
    }
}
