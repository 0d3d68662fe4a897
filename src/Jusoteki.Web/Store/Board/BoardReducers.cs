using System.Collections.Immutable;
using Jusoteki.Domain.Consent;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>Pure functions (state, action) → state for the board. No I/O, no clock, no mutation.</summary>
public static class BoardReducers
{
    public static BoardState OnLoadBoard(BoardState state, LoadBoard action) =>
        BoardState.Initial with { Status = BoardLoadStatus.Loading, MeetingId = action.MeetingId };

    // Editors, the chosen case and presence survive a reload: a reload must never cost anyone their typing.
    public static BoardState OnBoardLoaded(BoardState state, BoardLoaded action) =>
        action.Board.MeetingId != state.MeetingId ? state : state with { Status = BoardLoadStatus.Loaded, Board = action.Board, Stale = false };

    public static BoardState OnBoardNotFound(BoardState state, BoardNotFound action) =>
        action.MeetingId != state.MeetingId ? state : state with { Status = BoardLoadStatus.NotFound, Board = null };

    public static BoardState OnBoardLoadFailed(BoardState state, BoardLoadFailed action) =>
        action.MeetingId != state.MeetingId ? state : state with { Status = action.Forbidden ? BoardLoadStatus.Forbidden : BoardLoadStatus.Failed, Board = null, Error = action.Message };

    public static BoardState OnJournalEntriesReceived(BoardState state, JournalEntriesReceived action)
    {
        if (state.Board is not { } board || board.MeetingId != action.MeetingId || state.Stale) return state;
        foreach (var entry in action.Entries.OrderBy(e => e.Sequence))
        {
            if (entry.Sequence <= board.LastSequence) continue; // already shown
            if (entry.Sequence != board.LastSequence + 1) break; // a gap: CatchUpEffect reads the missing entries from the journal
            // What this viewer may receive of the entry, by the gate's decision on the cards they hold.
            var received = JournalRedaction.For(entry, board.VisibilityOf);
            if (BoardProjection.Apply(board, received) is not { } next) return state with { Board = board, Stale = true };
            board = next;
        }
        return ReferenceEquals(board, state.Board) ? state : state with { Board = board };
    }

    public static BoardState OnCaseChangedReceived(BoardState state, CaseChangedReceived action) =>
        state.Board is { } board && board.MeetingId == action.MeetingId && board.Card(action.CaseId) is not null ? state with { Stale = true } : state;

    // MeetingPresence hands every circuit of the meeting the same immutable list: kept as it is, not copied per circuit.
    public static BoardState OnPresenceChanged(BoardState state, PresenceChanged action) =>
        action.MeetingId != state.MeetingId ? state
            : state with { Presence = action.Presence as ImmutableList<PresenceView> ?? [.. action.Presence] };

    // Looking around before the chair has focused anything is not unpinning: the first focus still brings everyone along.
    public static BoardState OnShowCase(BoardState state, ShowCase action) =>
        state.Board?.Card(action.CaseId) is null ? state
            : state with { SelectedCaseId = action.CaseId, FollowingFocus = state.Board.FocusCaseId is null || state.Board.FocusCaseId == action.CaseId };

    public static BoardState OnFollowFocus(BoardState state, FollowFocus action) => state with { FollowingFocus = true, SelectedCaseId = null };

    public static BoardState OnEditStarted(BoardState state, EditStarted action)
    {
        if (state.Board is not { IsReadOnly: false } board || board.Card(action.Field.CaseId) is not { CanEdit: true } card || state.Editors.ContainsKey(action.Field))
            return state;
        var (text, version) = CurrentValue(card, action.Field);
        return state with { Editors = state.Editors.SetItem(action.Field, new FieldEditorState(version, text, false, null, false)) };
    }

    public static BoardState OnEditCancelled(BoardState state, EditCancelled action) => state with { Editors = state.Editors.Remove(action.Field) };

    public static BoardState OnSaveField(BoardState state, SaveField action) =>
        UpdateEditor(state, action.Field, e => e with { Draft = action.Text, BaseVersion = action.BaseVersion, Saving = true, Error = null, Conflict = false });

    public static BoardState OnFieldSaved(BoardState state, FieldSaved action) => state with { Editors = state.Editors.Remove(action.Field) };

    public static BoardState OnFieldSaveFailed(BoardState state, FieldSaveFailed action) =>
        UpdateEditor(state, action.Field, e => e with { Saving = false, Error = action.Message, Conflict = action.Conflict });

    public static BoardState OnConflictResolved(BoardState state, ConflictResolved action) =>
        UpdateEditor(state, action.Field, e => e with { Draft = action.Text, BaseVersion = action.BaseVersion, Error = null, Conflict = false });

    public const string RestoredDraftMessage = "前回の接続で保存されなかった入力です。内容を確かめて保存してください。";

    public static BoardState OnDraftsRestored(BoardState state, DraftsRestored action)
    {
        var editors = state.Editors;
        foreach (var draft in action.Drafts.Where(d => !editors.ContainsKey(d.Field) && state.Board?.Card(d.Field.CaseId) is { CanEdit: true }))
            editors = editors.SetItem(draft.Field, new FieldEditorState(draft.BaseVersion, draft.Text, false, RestoredDraftMessage, false));
        return ReferenceEquals(editors, state.Editors) ? state : state with { Editors = editors };
    }

    public static BoardState OnRunBoardCommand(BoardState state, RunBoardCommand action) =>
        state with { Pending = state.Pending.Add(action.Key), CommandErrors = state.CommandErrors.Remove(action.Key) };

    public static BoardState OnBoardCommandSucceeded(BoardState state, BoardCommandSucceeded action) => state with { Pending = state.Pending.Remove(action.Key) };

    public static BoardState OnBoardCommandFailed(BoardState state, BoardCommandFailed action) =>
        state with { Pending = state.Pending.Remove(action.Key), CommandErrors = state.CommandErrors.SetItem(action.Key, action.Message) };

    public static BoardState OnBoardCommandErrorDismissed(BoardState state, BoardCommandErrorDismissed action) =>
        state with { CommandErrors = state.CommandErrors.Remove(action.Key) };

    /// <summary>The text and version a field holds now on the card (what an editor starts from, and "theirs" in a conflict).</summary>
    public static (string Text, int Version) CurrentValue(CaseCardView card, FieldKey field) => field.Field switch
    {
        BoardField.SupportPolicy => (card.SupportPolicy.Text, card.SupportPolicy.Version),
        BoardField.Watching => (card.Watching.Text, card.Watching.Version),
        BoardField.AgencyNote => card.NoteOf(field.AgencyId ?? Guid.Empty) is { } note ? (note.Text, note.Version) : ("", 0),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Only text fields have editors."),
    };

    private static BoardState UpdateEditor(BoardState state, FieldKey field, Func<FieldEditorState, FieldEditorState> change) =>
        state.Editors.TryGetValue(field, out var editor) ? state with { Editors = state.Editors.SetItem(field, change(editor)) } : state;
}
