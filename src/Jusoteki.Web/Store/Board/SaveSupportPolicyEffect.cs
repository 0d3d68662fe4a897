using Jusoteki.Domain.Common;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Web.Store.Board;

public sealed class SaveSupportPolicyEffect(MeetingCommands commands, CurrentCaller caller, ILogger<SaveSupportPolicyEffect> logger)
    : Effect<SaveSupportPolicy>
{
    public const string UnexpectedFailureMessage = "保存できませんでした。通信やサーバーの状態を確認して、もう一度お試しください。入力した内容は残っています。";

    public override async Task HandleAsync(SaveSupportPolicy action, IDispatcher dispatcher)
    {
        try
        {
            await commands.EditSupportPolicyAsync(action.MeetingId, action.CaseId, action.Text, action.BaseVersion, await caller.GetAsync());
            dispatcher.Dispatch(new SupportPolicySaved(action.CaseId));
        }
        catch (DomainException refused)
        {
            dispatcher.Dispatch(new SupportPolicySaveFailed(action.CaseId, refused.Message));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Saving 支援方針 of case {CaseId} in meeting {MeetingId} failed.", action.CaseId, action.MeetingId);
            dispatcher.Dispatch(new SupportPolicySaveFailed(action.CaseId, UnexpectedFailureMessage));
        }
    }
}
