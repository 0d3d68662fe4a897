namespace Jusoteki.Web.Store.Board;

public static class BoardFeature
{
    /// <summary>The board's reducers and effects, in one place.</summary>
    public static StoreBuilder AddBoardFeature(this StoreBuilder store) => store
        .AddFeature(BoardState.Initial, board => board
            .On<LoadBoard>(BoardReducers.OnLoadBoard)
            .On<BoardLoaded>(BoardReducers.OnBoardLoaded)
            .On<BoardNotFound>(BoardReducers.OnBoardNotFound)
            .On<BoardLoadFailed>(BoardReducers.OnBoardLoadFailed)
            .On<JournalEntriesReceived>(BoardReducers.OnJournalEntriesReceived)
            .On<CaseChangedReceived>(BoardReducers.OnCaseChangedReceived)
            .On<PresenceChanged>(BoardReducers.OnPresenceChanged)
            .On<ShowCase>(BoardReducers.OnShowCase)
            .On<FollowFocus>(BoardReducers.OnFollowFocus)
            .On<EditStarted>(BoardReducers.OnEditStarted)
            .On<EditCancelled>(BoardReducers.OnEditCancelled)
            .On<SaveField>(BoardReducers.OnSaveField)
            .On<FieldSaved>(BoardReducers.OnFieldSaved)
            .On<FieldSaveFailed>(BoardReducers.OnFieldSaveFailed)
            .On<ConflictResolved>(BoardReducers.OnConflictResolved)
            .On<DraftsRestored>(BoardReducers.OnDraftsRestored)
            .On<RunBoardCommand>(BoardReducers.OnRunBoardCommand)
            .On<BoardCommandSucceeded>(BoardReducers.OnBoardCommandSucceeded)
            .On<BoardCommandFailed>(BoardReducers.OnBoardCommandFailed)
            .On<BoardCommandErrorDismissed>(BoardReducers.OnBoardCommandErrorDismissed))
        .AddEffect<LoadBoardEffect>()
        .AddEffect<CatchUpEffect>()
        .AddEffect<SaveFieldEffect>()
        .AddEffect<BoardCommandEffect>()
        .AddEffect<EditingPresenceEffect>();
}
