namespace Jusoteki.Web.Store.Board;

/// <summary>
/// Tells the others which field this participant is editing, and when they stop; a field saved or let go leaves no kept draft.
/// </summary>
public sealed class EditingPresenceEffect(BoardConnection connection, IState<BoardState> state) : IEffect
{
    public bool CanHandle(object action) => action is EditStarted or EditCancelled or FieldSaved or DraftsRestored;

    public Task HandleAsync(object action, IDispatcher dispatcher)
    {
        switch (action)
        {
            case EditCancelled cancelled: connection.ForgetDraft(cancelled.Field); break;
            case FieldSaved saved: connection.ForgetDraft(saved.Field); break;
        }
        connection.SetEditing(state.Value.Editors.Keys.FirstOrDefault());
        return Task.CompletedTask;
    }
}
