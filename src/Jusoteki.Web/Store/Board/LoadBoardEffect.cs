using Jusoteki.Domain.Common;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

public sealed class LoadBoardEffect(MeetingQueries queries, BoardConnection connection, CurrentCaller currentCaller) : Effect<LoadBoard>
{
    public override async Task HandleAsync(LoadBoard action, IDispatcher dispatcher)
    {
        var caller = await currentCaller.GetAsync();
        try
        {
            // Subscribe before reading, so that nothing published while the board loads can fall between the two.
            connection.Follow(action.MeetingId, caller, dispatcher);
            var board = await queries.GetBoardAsync(action.MeetingId, caller);
            if (board is null)
            {
                connection.Dispose();
                dispatcher.Dispatch(new BoardNotFound(action.MeetingId));
                return;
            }
            dispatcher.Dispatch(new BoardLoaded(board));
            if (await connection.KeptDraftsAsync() is { Count: > 0 } drafts) dispatcher.Dispatch(new DraftsRestored(drafts));
            // Entries that arrived on the feed before BoardLoaded was reduced were dropped: read them back from the journal.
            var missed = await queries.ReadJournalAfterAsync(action.MeetingId, board.LastSequence, caller);
            if (missed.Count > 0) dispatcher.Dispatch(new JournalEntriesReceived(action.MeetingId, missed));
        }
        catch (DomainException refused)
        {
            connection.Dispose();
            dispatcher.Dispatch(new BoardLoadFailed(action.MeetingId, refused.Message, Forbidden: refused.Code.StartsWith("access.", StringComparison.Ordinal)));
        }
    }
}
