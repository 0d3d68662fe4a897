namespace Jusoteki.Web.Store.Board;

/// <summary>Tells the others which field this participant is editing, and when they stop.</summary>
public sealed class EditingPresenceEffect(BoardConnection connection, IState<BoardState> state) : IEffect
{
    public bool CanHandle(object action) => action is EditStarted or EditCancelled or FieldSaved;

    public Task HandleAsync(object action, IDispatcher dispatcher)
    {
        connection.SetEditing(state.Value.Editors.Keys.FirstOrDefault());
        return Task.CompletedTask;
    }
}
