using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Folds one journal entry — already redacted for the viewer — into a board: the same function for every participant, live
/// or catching up. Idempotent by id where an entry adds something, so a board refreshed from storage never shows it twice.
/// </summary>
public static class BoardProjection
{
    /// <summary>
    /// The board after <paramref name="entry"/>, or null when the entry changes what the viewer may see (a new case or
    /// participant, a pledge), what they may do (opening lets them record decisions) or what the cases are (closing moves their
    /// stages on): then the board is read again.
    /// </summary>
    public static MeetingBoardView? Apply(MeetingBoardView board, JournalEntry entry)
    {
        MeetingBoardView? next = entry.Event switch
        {
            CaseAddedToAgenda or CaseRemovedFromAgenda or ParticipantAdded or PledgeRecorded or MeetingOpened or MeetingClosed => null,
            MeetingScheduled or CaseContentWithheld => board,
            AttendanceRecorded attendance => board with
            {
                Participants = board.Participants.ConvertAll(p => p.ParticipantId == attendance.ParticipantId ? p with { Attendance = attendance.Attendance } : p),
            },
            FocusChanged focus => board with { FocusCaseId = focus.CaseId },
            ICaseEvent caseEvent => UpdateCard(board, caseEvent.CaseId, card => Apply(card, caseEvent, entry)),
            _ => throw new InvalidOperationException($"The board does not know how to show {entry.Event.GetType().Name}."),
        };
        return next is null ? null : next with { LastSequence = entry.Sequence };
    }

    private static CaseCardView Apply(CaseCardView card, ICaseEvent @event, JournalEntry entry) => @event switch
    {
        SupportPolicyEdited edited => card with { SupportPolicy = new(edited.Text, edited.Version, entry.Actor.DisplayName, entry.OccurredAt) },
        WatchingEdited watching => card with { Watching = new(watching.Text, watching.Version, entry.Actor.DisplayName, entry.OccurredAt) },
        AgencyNoteEdited note => card with
        {
            AgencyNotes = card.AgencyNotes.RemoveAll(n => n.AgencyId == note.AgencyId)
                .Add(new AgencyNoteView(note.AgencyId, note.Text, note.Version, entry.Actor.DisplayName, entry.OccurredAt)),
        },
        NextReviewDateSet review => card with { NextReviewDate = review.Date, NextReviewDateVersion = card.NextReviewDateVersion + 1 },
        ResourceGapNoted gap => card with { ResourceGaps = card.ResourceGaps.Add(gap.Text) },
        RoleAssignedInMeeting role when card.Roles.All(r => r.RoleId != role.RoleId) => card with
        {
            Roles = card.Roles.Add(new RoleView(role.RoleId, role.AgencyId, role.Description, role.DueDate, RoleStatus.NotStarted, false,
                entry.Actor.DisplayName, entry.OccurredAt, entry.MeetingId, [])),
        },
        RoleAssignedInMeeting => card,
        RoleCorrectedInMeeting corrected => UpdateRole(card, corrected.RoleId, r => r with
        {
            AgencyId = corrected.AgencyId, Description = corrected.Description, DueDate = corrected.DueDate,
            // A new due date is never in the past (the domain refuses it): only an unchanged one can still be overdue.
            Overdue = r.Overdue && corrected.DueDate == r.DueDate,
            CorrectedBy = entry.Actor.DisplayName, CorrectedAt = entry.OccurredAt,
        }),
        RoleWithdrawnInMeeting withdrawn => UpdateRole(card, withdrawn.RoleId, r => r with { WithdrawalReason = withdrawn.Reason, Overdue = false }),
        LeadAgencySetInMeeting lead => card with { LeadAgencyId = lead.AgencyId },
        PlanDraftedInMeeting drafted when card.Plan is null || card.Plan.Version < drafted.Version =>
            card with { Plan = new PlanView(drafted.PlanId, drafted.Version, PlanStatus.Draft, [.. drafted.Goals]) },
        PlanDraftedInMeeting => card,
        PlanAdoptedInMeeting adopted when card.Plan?.PlanId == adopted.PlanId => card with { Plan = card.Plan with { Status = PlanStatus.Adopted } },
        PlanAdoptedInMeeting => card,
        _ => throw new InvalidOperationException($"The board does not know how to show {@event.GetType().Name}."),
    };

    private static CaseCardView UpdateRole(CaseCardView card, Guid roleId, Func<RoleView, RoleView> change) =>
        card with { Roles = card.Roles.ConvertAll(r => r.RoleId == roleId ? change(r) : r) };

    private static MeetingBoardView UpdateCard(MeetingBoardView board, Guid caseId, Func<CaseCardView, CaseCardView> change) =>
        board with { Cards = board.Cards.ConvertAll(card => card.CaseId == caseId ? change(card) : card) };
}
