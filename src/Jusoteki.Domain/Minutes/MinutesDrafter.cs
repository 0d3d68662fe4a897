using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Minutes;

/// <summary>
/// Drafts the minutes from what actually happened: the meeting's journal (roles with proposer and time, the plan adopted,
/// opening and closing), the meeting rebuilt from it (attendance, pledges, decisions, notes) and the cases on its agenda.
/// Pure: the same journal and cases always give the same draft (the golden test holds it to the letter).
/// </summary>
public static class MinutesDrafter
{
    public static MinutesDocument Draft(IReadOnlyList<JournalEntry> journal, IReadOnlyDictionary<Guid, SupportCase> cases,
        IReadOnlyDictionary<Guid, string> agencyNames)
    {
        var meeting = Meeting.Replay(journal);
        string Agency(Guid? id) => id is { } a && agencyNames.TryGetValue(a, out var name) ? name : "（不明な機関）";

        var participants = meeting.Participants;
        var header = new MinutesHeader(meeting.Id, meeting.Title, meeting.Kind, meeting.Kind.LegalBasis(), meeting.StartsAt,
            journal.FirstOrDefault(e => e.Event is MeetingOpened)?.OccurredAt, journal.FirstOrDefault(e => e.Event is MeetingClosed)?.OccurredAt,
            meeting.Place,
            participants.FirstOrDefault(p => p.Role == MeetingRole.Chair)?.DisplayName ?? "（未定）",
            [.. participants.Where(p => p.Role == MeetingRole.Secretariat).Select(p => p.DisplayName)],
            [.. participants.Select(p => new MinutesAttendee(p.DisplayName, p.AgencyId is null ? "—" : Agency(p.AgencyId), p.Role.JapaneseName(),
                p.Attendance.JapaneseName(), PledgeOf(meeting, p), p.PersonOfCaseId))]);

        var sections = new List<MinutesCaseSection>();
        foreach (var item in meeting.Agenda)
        {
            if (!cases.TryGetValue(item.CaseId, out var supportCase)) continue;
            var leadId = journal.Select(e => e.Event).OfType<LeadAgencySetInMeeting>().LastOrDefault(l => l.CaseId == item.CaseId)?.AgencyId;
            var roles = MinutesRoles.Of(journal, supportCase, leadId, Agency);
            var adopted = journal.Select(e => e.Event).OfType<PlanAdoptedInMeeting>().LastOrDefault(p => p.CaseId == item.CaseId);
            var plan = adopted is null ? null : supportCase.Plans.FirstOrDefault(p => p.Id == adopted.PlanId);
            sections.Add(new MinutesCaseSection(item.CaseId, item.Order, supportCase.Pseudonym, supportCase.PseudonymisedSummary,
                supportCase.PersonName, supportCase.Consent.JapaneseName(),
                [.. item.AgencyNotes.OrderBy(n => Agency(n.AgencyId), StringComparer.Ordinal).Select(n => new MinutesNote(Agency(n.AgencyId), n.Text))],
                item.SupportPolicy, item.Watching,
                plan is null ? null : new MinutesPlan(plan.Version, [.. plan.Goals.Select(g => new MinutesPlanGoal(g.Text, [.. g.AgencyIds.Select(id => Agency(id))]))]),
                roles, leadId is null ? null : Agency(leadId), item.NextReviewDate, [.. item.ResourceGaps]));
        }

        var open = meeting.Agenda
            .Where(a => cases.ContainsKey(a.CaseId))
            .SelectMany(a => cases[a.CaseId].Roles.Where(r => r.IsOpen)
                .Select(r => new MinutesOpenRole(cases[a.CaseId].Pseudonym, Agency(r.AgencyId), r.Description, r.DueDate, r.Status.JapaneseName())))
            .OrderBy(r => r.DueDate).ThenBy(r => r.Pseudonym, StringComparer.Ordinal)
            .ToList();
        return new MinutesDocument(header, sections, open);
    }

    private static string PledgeOf(Meeting meeting, Participant participant) =>
        meeting.Kind != MeetingKind.SupportMeeting ? "—"
        : participant.HasPledgedFor(meeting.FiscalYear)
            ? participant.Pledge == PledgeKind.StandingForFiscalYear ? $"年度の包括的な誓約（{FiscalYear.JapaneseName(meeting.FiscalYear)}）" : "誓約済み"
            : "未誓約";
}
