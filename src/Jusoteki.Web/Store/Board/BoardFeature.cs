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
            .On<EditSupportPolicyStarted>(BoardReducers.OnEditSupportPolicyStarted)
            .On<EditSupportPolicyCancelled>(BoardReducers.OnEditSupportPolicyCancelled)
            .On<SaveSupportPolicy>(BoardReducers.OnSaveSupportPolicy)
            .On<SupportPolicySaved>(BoardReducers.OnSupportPolicySaved)
            .On<SupportPolicySaveFailed>(BoardReducers.OnSupportPolicySaveFailed))
        .AddEffect<LoadBoardEffect>()
        .AddEffect<CatchUpEffect>()
        .AddEffect<SaveSupportPolicyEffect>();
}
