using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Reports;

/// <summary>
/// 代表者会議 report for one 年度 — counts only (C8): meetings by kind, cases discussed, roles assigned and completed, plans
/// adopted, endings, and how many 社会資源の不足 were raised, by kind of meeting. A gap is free text written about a case and
/// may name a person: its words appear here only once the 事務局 has checked them, and nothing checks them yet, so the
/// report carries no text at all — only the counts, and how many are still unchecked.
/// </summary>
public sealed record RepresentativesReport(
    int FiscalYear,
    IReadOnlyList<MeetingCount> Meetings,
    int CasesDiscussed,
    int RolesAssigned,
    int RolesCompleted,
    int PlansAdopted,
    int Closed,
    int ContinuedConnection,
    IReadOnlyList<ResourceGapCount> ResourceGaps)
{
    public string FiscalYearName => Domain.Common.FiscalYear.JapaneseName(FiscalYear);

    /// <summary>社会資源の不足 raised in the year's held meetings, all kinds together.</summary>
    public int ResourceGapsTotal => ResourceGaps.Sum(g => g.Count);

    /// <summary>Those whose wording the 事務局 has not checked (all of them, until that check exists): shown as a count only.</summary>
    public int ResourceGapsUnchecked => ResourceGaps.Sum(g => g.Unchecked);
}

/// <summary>社会資源の不足 raised in held meetings of one kind: how many, and how many of them still await the 事務局's check.</summary>
public sealed record ResourceGapCount(MeetingKind Kind, int Count, int Unchecked);

/// <summary>Meetings of one kind in the year: held (closed) and all scheduled.</summary>
public sealed record MeetingCount(MeetingKind Kind, int Held, int Scheduled);

/// <summary>Counts what happened in Jusoteki during a fiscal year, from the journals and case histories.</summary>
public sealed class RepresentativesReportQueries(IDbContextFactory<JusotekiDbContext> contexts)
{
    public async Task<RepresentativesReport> ForYearAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meetings = (await db.Meetings.AsNoTracking().ToListAsync(ct)).Where(m => m.FiscalYear == fiscalYear).ToList();
        var held = meetings.Where(m => m.Status == MeetingStatus.Closed).ToList();
        var heldIds = held.Select(m => m.Id).ToList();
        var entries = (await db.Journal.AsNoTracking().Where(j => heldIds.Contains(j.StreamId)).ToListAsync(ct))
            .Select(JournalEventSerializer.ToEntry).ToList();
        var events = entries.Select(e => e.Event).ToList();
        var kinds = held.ToDictionary(m => m.Id, m => m.Kind);
        var gaps = entries.Where(e => e.Event is ResourceGapNoted).Select(e => kinds[e.MeetingId]).ToList();
        var cases = await db.SupportCases.AsNoTracking().ToListAsync(ct);
        var assigned = events.OfType<RoleAssignedInMeeting>().ToList();
        var completed = assigned.Count(r => cases.SelectMany(c => c.Roles).Any(role => role.Id == r.RoleId && role.Status == RoleStatus.Done));
        var endings = (await db.CaseHistory.AsNoTracking().Where(h => h.EventType == nameof(CaseEnded)).ToListAsync(ct))
            .Select(JournalEventSerializer.ToEntry)
            .Where(e => Domain.Common.FiscalYear.Of(e.OccurredAt) == fiscalYear)
            .Select(e => ((CaseEnded)e.Event).Outcome)
            .ToList();

        return new RepresentativesReport(
            fiscalYear,
            [.. Enum.GetValues<MeetingKind>().Select(k => new MeetingCount(k, held.Count(m => m.Kind == k), meetings.Count(m => m.Kind == k)))],
            held.SelectMany(m => m.Agenda.Select(a => a.CaseId)).Distinct().Count(),
            assigned.Count,
            completed,
            events.OfType<PlanAdoptedInMeeting>().Count(),
            endings.Count(o => o == LifecycleStage.Closed),
            endings.Count(o => o == LifecycleStage.ContinuedConnection),
            // No wording is checked yet (a later issue builds the 事務局's check), so every gap counts as unchecked.
            [.. Enum.GetValues<MeetingKind>().Select(k => gaps.Count(g => g == k)).Zip(Enum.GetValues<MeetingKind>(), (n, k) => new ResourceGapCount(k, n, n))]);
    }
}
