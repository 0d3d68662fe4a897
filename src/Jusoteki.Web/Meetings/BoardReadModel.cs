using System.Collections.Immutable;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Builds a viewer's board from the meeting and its cases: each card through the consent gate (what it may hold) and the
/// meeting's own rule on who may edit. Pure: the audit records of personal information shown (C6) are handed back to store.
/// </summary>
public static class BoardReadModel
{
    public static (MeetingBoardView Board, IReadOnlyList<AuditRecord> Audit) Build(Meeting meeting, IReadOnlyDictionary<Guid, SupportCase> cases,
        Participant? viewer, IReadOnlyDictionary<Guid, string> agencyNames, DateTimeOffset now)
    {
        var today = Domain.Common.JapanTime.DateOf(now);
        var audit = new List<AuditRecord>();
        var cards = new List<CaseCardView>();
        foreach (var item in meeting.Agenda)
        {
            if (!cases.TryGetValue(item.CaseId, out var supportCase)) continue;
            var disclosure = ConsentGate.Disclose(meeting, viewer, supportCase, now);
            if (disclosure.Audit is { } record) audit.Add(record);
            cards.Add(Card(meeting, item, supportCase, disclosure, viewer, today));
        }
        Visibility VisibilityOf(Guid caseId) => cases.TryGetValue(caseId, out var c) ? ConsentGate.Decide(meeting, viewer, c) : Visibility.Pseudonymised;
        var participants = meeting.Participants.Select(p => new ParticipantView(p.Id, p.UserId, JournalRedaction.NameOf(p.DisplayName, p.PersonOfCaseId, VisibilityOf),
            p.AgencyId, p.Role, p.Attendance,
            p.Pledge, p.HasPledgedFor(meeting.FiscalYear), [.. p.InvitedCaseIds]));
        var viewerView = viewer is null ? ViewerView.Outsider : new ViewerView(viewer.Id, viewer.Role == MeetingRole.Chair, Meeting.RunsRollCall(viewer),
            [.. meeting.Participants.Select(p => p.AgencyId).OfType<Guid>().Where(agency => Meeting.MayWriteNoteFor(viewer, agency))]);
        var board = new MeetingBoardView(meeting.Id, meeting.Title, meeting.Kind, meeting.StartsAt, meeting.Place, meeting.Status, meeting.FocusCaseId,
            meeting.LastSequence, [.. cards], [.. participants], viewerView, agencyNames.ToImmutableDictionary());
        return (board, audit);
    }

    private static CaseCardView Card(Meeting meeting, AgendaItem item, SupportCase supportCase, CaseDisclosure disclosure, Participant? viewer, DateOnly today)
    {
        var card = new CaseCardView(item.CaseId, item.Order, disclosure.Visibility, meeting.MayEdit(viewer, supportCase), disclosure.Pseudonym,
            disclosure.PseudonymisedSummary, disclosure.Personal, [.. supportCase.Tags.Select(t => t.JapaneseName())], null, null,
            TextFieldView.Empty, TextFieldView.Empty, [], null, 0, [], null, [], null, []);
        if (card.Withheld) return card;

        var plan = supportCase.Plans.MaxBy(p => p.Version);
        return card with
        {
            ConsentLabel = supportCase.Consent.JapaneseName(),
            StageLabel = supportCase.Stage.JapaneseName(),
            CanDecide = meeting.MayDecide(viewer, supportCase),
            SupportPolicy = new(item.SupportPolicy, item.SupportPolicyVersion, item.SupportPolicyEditedBy, item.SupportPolicyEditedAt),
            Watching = new(item.Watching, item.WatchingVersion, item.WatchingEditedBy, item.WatchingEditedAt),
            AgencyNotes = card.ShowsAgencyNotes ? [.. item.AgencyNotes.Select(n => new AgencyNoteView(n.AgencyId, n.Text, n.Version, n.EditedBy, n.EditedAt))] : [],
            NextReviewDate = item.NextReviewDate,
            NextReviewDateVersion = item.NextReviewDateVersion,
            ResourceGaps = [.. item.ResourceGaps],
            LeadAgencyId = supportCase.LeadAgencyId,
            Roles = [.. supportCase.Roles.Select(r => RoleOf(r, today))],
            Plan = plan is null ? null : new PlanView(plan.Id, plan.Version, plan.Status, [.. plan.Goals]),
            RoleAgencies = [.. meeting.Participants.Select(p => p.AgencyId).OfType<Guid>().Concat(supportCase.ConsentScope).Distinct()
                .Where(agency => meeting.MayReceiveCase(agency, supportCase))],
            Previous = supportCase.Direction is { } direction && direction.MeetingId != meeting.Id ? direction : null,
            PreviousReviewDate = supportCase.NextReviewDate,
        };
    }

    public static RoleView RoleOf(RoleAssignment role, DateOnly today) =>
        new(role.Id, role.AgencyId, role.Description, role.DueDate, role.Status, role.IsOverdue(today), role.ProposedBy, role.ProposedAt, role.MeetingId, [.. role.Notes],
            role.CorrectedBy, role.CorrectedAt, role.WithdrawalReason);
}
