using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>Pure functions (state, action) → state for the board. No I/O, no clock, no mutation.</summary>
public static class BoardReducers
{
    public static BoardState OnLoadBoard(BoardState state, LoadBoard action) =>
        BoardState.Initial with { Status = BoardLoadStatus.Loading, MeetingId = action.MeetingId };

    public static BoardState OnBoardLoaded(BoardState state, BoardLoaded action) =>
        action.Board.MeetingId != state.MeetingId ? state : state with { Status = BoardLoadStatus.Loaded, Board = action.Board, Stale = false };

    public static BoardState OnBoardNotFound(BoardState state, BoardNotFound action) =>
        action.MeetingId != state.MeetingId ? state : state with { Status = BoardLoadStatus.NotFound, Board = null };

    public static BoardState OnBoardLoadFailed(BoardState state, BoardLoadFailed action) =>
        action.MeetingId != state.MeetingId ? state : state with { Status = BoardLoadStatus.Failed, Board = null, Error = action.Message };

    public static BoardState OnJournalEntriesReceived(BoardState state, JournalEntriesReceived action)
    {
        if (state.Board is not { } board || board.MeetingId != action.MeetingId || state.Stale) return state;
        foreach (var entry in action.Entries.OrderBy(e => e.Sequence))
        {
            if (entry.Sequence <= board.LastSequence) continue; // already shown
            if (entry.Sequence != board.LastSequence + 1) break; // a gap: CatchUpEffect reads the missing entries from the journal
            if (BoardProjection.Apply(board, entry) is not { } next) return state with { Board = board, Stale = true };
            board = next;
        }
        return ReferenceEquals(board, state.Board) ? state : state with { Board = board };
    }

    public static BoardState OnEditSupportPolicyStarted(BoardState state, EditSupportPolicyStarted action)
    {
        var card = state.Board?.Cards.Find(c => c.CaseId == action.CaseId);
        if (card is null || state.Board!.IsReadOnly || state.Editors.ContainsKey(action.CaseId)) return state;
        return state with
        {
            Editors = state.Editors.SetItem(action.CaseId, new SupportPolicyEditorState(card.SupportPolicyVersion, card.SupportPolicy, false, null)),
        };
    }

    public static BoardState OnEditSupportPolicyCancelled(BoardState state, EditSupportPolicyCancelled action) =>
        state with { Editors = state.Editors.Remove(action.CaseId) };

    public static BoardState OnSaveSupportPolicy(BoardState state, SaveSupportPolicy action) =>
        UpdateEditor(state, action.CaseId, e => e with { Draft = action.Text, Saving = true, Error = null });

    public static BoardState OnSupportPolicySaved(BoardState state, SupportPolicySaved action) =>
        state with { Editors = state.Editors.Remove(action.CaseId) };

    public static BoardState OnSupportPolicySaveFailed(BoardState state, SupportPolicySaveFailed action) =>
        UpdateEditor(state, action.CaseId, e => e with { Saving = false, Error = action.Message });

    private static BoardState UpdateEditor(BoardState state, Guid caseId, Func<SupportPolicyEditorState, SupportPolicyEditorState> change) =>
        state.Editors.TryGetValue(caseId, out var editor) ? state with { Editors = state.Editors.SetItem(caseId, change(editor)) } : state;
}
