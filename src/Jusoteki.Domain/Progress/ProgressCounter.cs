using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Progress;

/// <summary>
/// 実績 — counts every indicator of a 年度 from what happened in Jusoteki: the meetings (held = closed) and the case
/// histories (intake, assessments, consent, flags, 主担当, roles, plans, endings, contacts). Nothing is typed in. A pure
/// function: the same records and day give the same numbers. <see cref="ProgressIndicators.Source"/> says what each counts.
/// </summary>
public static class ProgressCounter
{
    /// <summary>参加支援's follow-up comes about three months after the matching.</summary>
    public const int FollowUpAfterDays = 90;

    /// <summary>The kinds of case event the count depends on: a caller may read only these from the histories (and gets the same numbers).</summary>
    public static IReadOnlyList<string> EventsRead => CaseFacts.EventsRead;

    public static ProgressActuals Count(int fiscalYear, IEnumerable<CaseHistoryEntry> caseHistory, IEnumerable<Meeting> meetings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(caseHistory);
        ArgumentNullException.ThrowIfNull(meetings);
        var start = FiscalYear.Start(fiscalYear);
        var until = today < FiscalYear.End(fiscalYear) ? today : FiscalYear.End(fiscalYear);
        bool InYear(DateOnly d) => d >= start && d <= until;

        var cases = caseHistory.GroupBy(e => e.CaseId).Select(g => CaseFacts.Of(g.Key, [.. g.OrderBy(e => e.Sequence)])).ToList();
        // A closed meeting has been held; one closed ahead of its scheduled day counts on the day counted.
        var held = meetings.Where(m => m.Status == MeetingStatus.Closed && m.Day >= start && m.Day <= FiscalYear.End(fiscalYear) && until >= start)
            .Select(m => (Meeting: m, Day: m.Day < until ? m.Day : until)).OrderBy(h => h.Day).ThenBy(h => h.Meeting.StartsAt).ToList();
        var byId = cases.ToDictionary(c => c.Id);

        List<ProgressEvidence> Held(MeetingKind kind) =>
            [.. held.Where(h => h.Meeting.Kind == kind).Select(h => Plain(h.Day, [.. h.Meeting.Agenda.Select(a => a.CaseId)]))];

        // Each case once, at the first held meeting of the kind in the year that <paramref name="also"/> accepts.
        List<ProgressEvidence> CasesIn(IEnumerable<(Meeting Meeting, DateOnly Day)> these, Func<Guid, DateOnly, bool> also) =>
            [.. these.SelectMany(h => h.Meeting.Agenda.Select(a => (a.CaseId, h.Day)))
                .Where(x => also(x.CaseId, x.Day))
                .GroupBy(x => x.CaseId).Select(g => Plain(g.Min(x => x.Day), [g.Key]))];

        var support = held.Where(h => h.Meeting.Kind == MeetingKind.SupportMeeting).ToList();
        var evidence = new Dictionary<ProgressIndicator, List<ProgressEvidence>>
        {
            [ProgressIndicator.SupportMeetingsHeld] = Held(MeetingKind.SupportMeeting),
            [ProgressIndicator.MultiLayeredMeetingsHeld] = Held(MeetingKind.MultiLayeredSupportMeeting),
            [ProgressIndicator.NewConsultations] = [.. cases.Where(c => InYear(c.ReceivedOn)).Select(c => Plain(c.ReceivedOn, [c.Id]))],
            [ProgressIndicator.AssessmentSheets] = [.. cases.SelectMany(c => c.FirstAssessments.Where(InYear).Select(d => Plain(d, [c.Id])))],
            [ProgressIndicator.CasesInSupportMeetings] = CasesIn(support, (_, _) => true),
            [ProgressIndicator.UnconsentedCasesInSupportMeetings] = CasesIn(support, (id, day) => !byId.TryGetValue(id, out var c) || !c.HasConsentOn(day)),
            [ProgressIndicator.CasesInMultiLayeredMeetings] = CasesIn(held.Where(h => h.Meeting.Kind == MeetingKind.MultiLayeredSupportMeeting), (_, _) => true),
            [ProgressIndicator.PlansDrafted] = [.. cases.SelectMany(c => c.FirstPlanDrafts.Where(InYear).Select(d => Plain(d, [c.Id])))],
            [ProgressIndicator.PlansAdopted] = [.. cases.SelectMany(c => c.Adoptions.Where(InYear).Select(d => Plain(d, [c.Id])))],
            [ProgressIndicator.Closed] = [.. cases.SelectMany(c => c.Endings.Where(e => e.Outcome == LifecycleStage.Closed && InYear(e.Day)).Select(e => Plain(e.Day, [c.Id])))],
            [ProgressIndicator.ContinuedConnection] = [.. cases.SelectMany(c => c.Endings.Where(e => e.Outcome == LifecycleStage.ContinuedConnection && InYear(e.Day)).Select(e => Plain(e.Day, [c.Id])))],
            [ProgressIndicator.OutreachCases] = [.. cases.Select(c => c.OutreachFirstOnIn(start, until)).Zip(cases).Where(x => x.First is not null).Select(x => Plain(x.First!.Value, [x.Second.Id]))],
            [ProgressIndicator.ParticipationNew] = [.. cases.SelectMany(c => c.ParticipationStarts.Where(InYear).Select(d => Plain(d, [c.Id])))],
            [ProgressIndicator.ParticipationFollowUps] = [.. cases.Select(c => (c.Id, Day: c.Contacts.Where(InYear).Order()
                .Cast<DateOnly?>().FirstOrDefault(d => c.ParticipationStarts.Any(s => s.AddDays(FollowUpAfterDays) <= d!.Value))))
                .Where(x => x.Day is not null).Select(x => Plain(x.Day!.Value, [x.Id]))],
            [ProgressIndicator.ParticipationPartners] = [.. cases.SelectMany(c => c.Roles.Where(r => !r.Withdrawn && InYear(r.AssignedOn) && c.ParticipationOn(r.AssignedOn))
                    .Select(r => (r.AgencyId, r.AssignedOn, CaseId: c.Id)))
                .GroupBy(x => x.AgencyId).Select(g => Plain(g.Min(x => x.AssignedOn), [.. g.Select(x => x.CaseId).Distinct()]))],
            [ProgressIndicator.LeadAgencyShare] = [.. held.SelectMany(h => h.Meeting.Agenda.Select(a => (a.CaseId, h.Day))).GroupBy(x => x.CaseId)
                .Select(g => new ProgressEvidence(g.Min(x => x.Day), [g.Key], byId.TryGetValue(g.Key, out var c) ? c.LeadSetOn : null))],
            [ProgressIndicator.RolesDoneOnTime] = [.. cases.SelectMany(c => c.Roles.Where(r => !r.Withdrawn && InYear(r.DueDate))
                .Select(r => new ProgressEvidence(r.DueDate, [c.Id], r.DoneOn is { } done && done <= r.DueDate ? done : null)))],
        };

        return new ProgressActuals(fiscalYear, until,
            [.. ProgressIndicators.All.Select(i => Actual(i, [.. evidence[i].OrderBy(e => e.Date)], fiscalYear, until))]);
    }

    private static ProgressEvidence Plain(DateOnly day, IReadOnlyList<Guid> caseIds) => new(day, caseIds, day);

    private static IndicatorActual Actual(ProgressIndicator indicator, List<ProgressEvidence> evidence, int fiscalYear, DateOnly until)
    {
        var percent = indicator.Unit() == ProgressUnit.Percent;
        var monthly = new int?[12];
        for (var month = 0; month < 12; month++)
        {
            var first = FiscalYear.MonthStart(fiscalYear, month);
            if (first > until) continue;
            var last = first.AddMonths(1).AddDays(-1);
            monthly[month] = percent ? Share(evidence, last < until ? last : until) : evidence.Count(e => e.Date >= first && e.Date <= last);
        }
        int? toDate = percent ? Share(evidence, until) : until < FiscalYear.Start(fiscalYear) ? 0 : evidence.Count;
        return new IndicatorActual(indicator, monthly, toDate, evidence);
    }

    /// <summary>The share (%, rounded half up) of what had entered by <paramref name="day"/> that met its condition by then.</summary>
    private static int? Share(List<ProgressEvidence> evidence, DateOnly day)
    {
        var entered = evidence.Where(e => e.Date <= day).ToList();
        if (entered.Count == 0) return null;
        return (int)Math.Round(100m * entered.Count(e => e.IsMetOn(day)) / entered.Count, MidpointRounding.AwayFromZero);
    }
}
