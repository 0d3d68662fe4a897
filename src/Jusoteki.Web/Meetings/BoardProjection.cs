using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>Folds one journal entry into a board: the same function for every participant, live or catching up.</summary>
public static class BoardProjection
{
    /// <summary>
    /// The board after <paramref name="entry"/>, or null when the entry changes what the viewer may see (a new case or
    /// participant, a pledge): then the board is read again through the consent gate.
    /// </summary>
    public static MeetingBoardView? Apply(MeetingBoardView board, JournalEntry entry)
    {
        MeetingBoardView? next = entry.Event switch
        {
            CaseAddedToAgenda or ParticipantAdded or PledgeRecorded => null,
            MeetingScheduled or AttendanceRecorded => board,
            MeetingOpened => board with { Status = MeetingStatus.Open },
            MeetingClosed => board with { Status = MeetingStatus.Closed, FocusCaseId = null },
            FocusChanged focus => board with { FocusCaseId = focus.CaseId },
            SupportPolicyEdited edited => UpdateCard(board, edited.CaseId, card => card with
            {
                SupportPolicy = edited.Text,
                SupportPolicyVersion = edited.Version,
                SupportPolicyEditedBy = entry.Actor.DisplayName,
                SupportPolicyEditedAt = entry.OccurredAt,
            }),
            WatchingEdited watching => UpdateCard(board, watching.CaseId, card => card with { Watching = watching.Text }),
            NextReviewDateSet review => UpdateCard(board, review.CaseId, card => card with { NextReviewDate = review.Date }),
            ResourceGapNoted gap => UpdateCard(board, gap.CaseId, card => card with { ResourceGaps = card.ResourceGaps.Add(gap.Text) }),
            _ => throw new InvalidOperationException($"The board does not know how to show {entry.Event.GetType().Name}."),
        };
        return next is null ? null : next with { LastSequence = entry.Sequence };
    }

    private static MeetingBoardView UpdateCard(MeetingBoardView board, Guid caseId, Func<CaseCardView, CaseCardView> change) =>
        board with { Cards = board.Cards.ConvertAll(card => card.CaseId == caseId ? change(card) : card) };
}
