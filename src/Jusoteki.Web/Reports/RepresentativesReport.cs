using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Reports;

/// <summary>
/// 代表者会議 report for one 年度 — counts only (C8): meetings by kind, cases discussed, roles assigned and completed, plans
/// adopted, endings, and the 社会資源の不足 raised (the gaps in local resources, which name no person).
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
    IReadOnlyList<string> ResourceGaps)
{
    public string FiscalYearName => Domain.Common.FiscalYear.JapaneseName(FiscalYear);
}

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
        var events = (await db.Journal.AsNoTracking().Where(j => heldIds.Contains(j.StreamId)).ToListAsync(ct))
            .Select(JournalEventSerializer.ToEntry).Select(e => e.Event).ToList();
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
            [.. events.OfType<ResourceGapNoted>().Select(g => g.Text).Distinct().Order(StringComparer.Ordinal)]);
    }
}
