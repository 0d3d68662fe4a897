using Jusoteki.Domain.Common;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Web.Store.Board;

/// <summary>Saves a text field through the use-case service; a refusal keeps the text and says why, a conflict opens both texts.</summary>
public sealed class SaveFieldEffect(MeetingCommands commands, CurrentCaller currentCaller, ILogger<SaveFieldEffect> logger) : Effect<SaveField>
{
    public const string UnexpectedFailureMessage = "保存できませんでした。通信やサーバーの状態を確認して、もう一度お試しください。入力した内容は残っています。";

    public override async Task HandleAsync(SaveField action, IDispatcher dispatcher)
    {
        var (meetingId, field) = (action.MeetingId, action.Field);
        try
        {
            var caller = await currentCaller.GetAsync();
            await (field.Field switch
            {
                BoardField.SupportPolicy => commands.EditSupportPolicyAsync(meetingId, field.CaseId, action.Text, action.BaseVersion, caller),
                BoardField.Watching => commands.EditWatchingAsync(meetingId, field.CaseId, action.Text, action.BaseVersion, caller),
                BoardField.AgencyNote => commands.EditAgencyNoteAsync(meetingId, field.CaseId, field.AgencyId ?? Guid.Empty, action.Text, action.BaseVersion, caller),
                _ => throw new ArgumentOutOfRangeException(nameof(action), field.Field, "Not a text field."),
            });
            dispatcher.Dispatch(new FieldSaved(field));
        }
        catch (DomainException refused)
        {
            dispatcher.Dispatch(new FieldSaveFailed(field, refused.Message, refused.Code.EndsWith(".conflict", StringComparison.Ordinal)));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Saving {Field} of case {CaseId} in meeting {MeetingId} failed.", field.Field, field.CaseId, meetingId);
            dispatcher.Dispatch(new FieldSaveFailed(field, UnexpectedFailureMessage, false));
        }
    }
}
