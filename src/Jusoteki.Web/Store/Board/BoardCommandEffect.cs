using Jusoteki.Domain.Common;
using Jusoteki.Web.Identity;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.Logging;

namespace Jusoteki.Web.Store.Board;

/// <summary>Runs a board command through the use-case services; a refusal becomes its Japanese message under the command's key.</summary>
public sealed class BoardCommandEffect(MeetingCommands commands, MeetingSessionCommands session, CurrentCaller currentCaller,
    ILogger<BoardCommandEffect> logger) : Effect<RunBoardCommand>
{
    public const string UnexpectedFailureMessage = "処理できませんでした。通信やサーバーの状態を確認して、もう一度お試しください。";

    public override async Task HandleAsync(RunBoardCommand action, IDispatcher dispatcher)
    {
        try
        {
            await action.Run(new BoardServices(commands, session), await currentCaller.GetAsync());
            dispatcher.Dispatch(new BoardCommandSucceeded(action.Key));
        }
        catch (DomainException refused)
        {
            dispatcher.Dispatch(new BoardCommandFailed(action.Key, refused.Message));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Board command {Key} failed.", action.Key);
            dispatcher.Dispatch(new BoardCommandFailed(action.Key, UnexpectedFailureMessage));
        }
    }
}
