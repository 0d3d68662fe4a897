using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>Folds one journal entry into a board: the same function for every participant, live or catching up.</summary>
public static class BoardProjection
{
    public static MeetingBoardView Apply(MeetingBoardView board, JournalEntry entry)
    {
        var next = entry.Event switch
        {
            MeetingOpened => board with { Status = MeetingStatus.Open },
            MeetingClosed => board with { Status = MeetingStatus.Closed },
            SupportPolicyEdited edited => board with
            {
                Cards = board.Cards.ConvertAll(card => card.CaseId != edited.CaseId ? card : card with
                {
                    SupportPolicy = edited.Text,
                    SupportPolicyVersion = edited.Version,
                    SupportPolicyEditedBy = entry.Actor.DisplayName,
                    SupportPolicyEditedAt = entry.OccurredAt,
                }),
            },
            _ => throw new InvalidOperationException($"The board does not know how to show {entry.Event.GetType().Name}."),
        };
        return next with { LastSequence = entry.Sequence };
    }
}
