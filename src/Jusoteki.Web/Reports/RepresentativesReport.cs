using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Reports;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Progress;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Reports;

/// <summary>
/// 代表者会議 report for one 年度 — counts only (C8): meetings by kind, cases discussed, roles assigned and completed, plans
/// adopted, endings, and how many 社会資源の不足 were raised, by kind of meeting and by 分類. A gap is free text written about a
/// case and may name a person: the report never carries the words as noted. It carries only the wording the 事務局 approved
/// (<see cref="ResourceGapReviews"/>), with its 分類; a gap not approved yet is counted under 「未承認」 and nothing more.
/// It ends with the 事務局's 評価 for the year (<see cref="ProgramEvaluations"/>), if written. Beside these: the 進行管理's
/// targets and actuals as <see cref="ProgressQueries"/> counts them, the cases discussed by 分野, 課題タグ and 段階
/// (<see cref="CaseBreakdown"/>), and the roles overdue today (<see cref="RoleCounts"/>).
/// </summary>
public sealed record RepresentativesReport(
    int FiscalYear,
    IReadOnlyList<MeetingCount> Meetings,
    int CasesDiscussed,
    RoleCounts Roles,
    int PlansAdopted,
    int Closed,
    int ContinuedConnection,
    IReadOnlyList<ResourceGapCount> ResourceGaps,
    IReadOnlyList<ResourceGapCategoryCount> ResourceGapsByCategory,
    IReadOnlyList<ApprovedResourceGap> ApprovedResourceGaps,
    ReportEvaluation? Evaluation,
    IReadOnlyList<IndicatorProgress> Targets,
    DateOnly TargetsCountedUntil,
    CaseBreakdown CasesBreakdown)
{
    public string FiscalYearName => Domain.Common.FiscalYear.JapaneseName(FiscalYear);

    public int RolesAssigned => Roles.Assigned;

    public int RolesCompleted => Roles.Completed;

    /// <summary>社会資源の不足 raised in the year's held meetings, all kinds together.</summary>
    public int ResourceGapsTotal => ResourceGaps.Sum(g => g.Count);

    /// <summary>Those whose wording the 事務局 has not approved: shown as a count only.</summary>
    public int ResourceGapsUnchecked => ResourceGaps.Sum(g => g.Unchecked);
}

/// <summary>社会資源の不足 raised in held meetings of one kind: how many, and how many of them still await the 事務局's check.</summary>
public sealed record ResourceGapCount(MeetingKind Kind, int Count, int Unchecked);

/// <summary>社会資源の不足 of one 分類 (its Japanese name), or of none yet: <see cref="ResourceGapCategoryInfo.UnapprovedName"/>.</summary>
public sealed record ResourceGapCategoryCount(string Category, int Count);

/// <summary>A 社会資源の不足 in the words the 事務局 approved, with its 分類 and the meeting kind it was noted in.</summary>
public sealed record ApprovedResourceGap(string Category, string Wording, MeetingKind Kind);

/// <summary>
/// The 評価 as the report shows it: its text, or — when it names a person recorded in Jusoteki (stored before the check on
/// writing) — <see cref="ReportTextSight.WithheldEvaluation"/> in its place (C8).
/// </summary>
public sealed record ReportEvaluation(int Version, string Text, string WrittenBy, DateTimeOffset WrittenAt, bool Withheld)
{
    public static ReportEvaluation Of(ProgramEvaluation evaluation, IEnumerable<string> recordedNames) =>
        ReportTextSight.MayShow(evaluation.Text, recordedNames)
            ? new(evaluation.Version, evaluation.Text, evaluation.WrittenBy, evaluation.WrittenAt, Withheld: false)
            : new(evaluation.Version, ReportTextSight.WithheldEvaluation, evaluation.WrittenBy, evaluation.WrittenAt, Withheld: true);
}

/// <summary>Meetings of one kind in the year: held (closed) and all scheduled.</summary>
public sealed record MeetingCount(MeetingKind Kind, int Held, int Scheduled);

/// <summary>Counts what happened in Jusoteki during a fiscal year, from the journals and case histories.</summary>
public sealed class RepresentativesReportQueries(IDbContextFactory<JusotekiDbContext> contexts, ProgressQueries progress, TimeProvider clock)
{
    public async Task<RepresentativesReport> ForYearAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The year is decided on each meeting's start (stored as text, so not compared in SQL); nothing else of a meeting is read.
        var meetings = (await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Kind, m.Status, m.StartsAt }).ToListAsync(ct))
            .Where(m => Domain.Common.FiscalYear.Of(m.StartsAt) == fiscalYear).ToList();
        var held = meetings.Where(m => m.Status == MeetingStatus.Closed).ToList();
        var heldIds = held.Select(m => m.Id).ToList();
        // Only the three kinds of entry the report counts are read from the held meetings' journals.
        string[] counted = [nameof(ResourceGapNoted), nameof(RoleAssignedInMeeting), nameof(PlanAdoptedInMeeting)];
        var entries = (await db.Journal.AsNoTracking().Where(j => heldIds.Contains(j.StreamId) && counted.Contains(j.EventType)).ToListAsync(ct))
            .Select(JournalEventSerializer.ToEntry).ToList();
        var events = entries.Select(e => e.Event).ToList();
        var kinds = held.ToDictionary(m => m.Id, m => m.Kind);
        var noted = entries.Where(e => e.Event is ResourceGapNoted).ToList();
        var approvals = (await db.ResourceGapApprovals.AsNoTracking().Where(a => heldIds.Contains(a.MeetingId)).ToListAsync(ct))
            .ToDictionary(a => (a.MeetingId, a.Sequence));
        // An approved wording that names a recorded person (stored before the check on writing) counts as unapproved (C8).
        var names = await KnownPersonNames.ReadAsync(db, ct);
        bool Shown((Guid MeetingId, long Sequence) key) => approvals.TryGetValue(key, out var a) && ReportTextSight.MayShow(a.Wording, names);
        var approved = noted.Where(e => Shown((e.MeetingId, e.Sequence))).Select(e => (Approval: approvals[(e.MeetingId, e.Sequence)], Kind: kinds[e.MeetingId])).ToList();
        var unapprovedByKind = noted.Where(e => !Shown((e.MeetingId, e.Sequence))).Select(e => kinds[e.MeetingId]).ToList();
        var evaluation = await db.ProgramEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct);
        var gaps = noted.Select(e => kinds[e.MeetingId]).ToList();
        var discussedIds = (await db.Meetings.AsNoTracking().Where(m => heldIds.Contains(m.Id)).SelectMany(m => m.Agenda.Select(a => a.CaseId)).ToListAsync(ct)).ToHashSet();
        var assignedEvents = events.OfType<RoleAssignedInMeeting>().ToList();
        // A role lives in its case: only the roles column of the cases that were given a role in the year's meetings is read.
        var withRoles = assignedEvents.Select(r => r.CaseId).Distinct().ToList();
        var roles = (await db.SupportCases.AsNoTracking().Where(c => withRoles.Contains(c.Id)).Select(c => new { c.Roles }).ToListAsync(ct))
            .SelectMany(c => c.Roles).ToDictionary(r => r.Id);
        var assigned = assignedEvents.Select(r => roles.GetValueOrDefault(r.RoleId)).ToList();
        var today = JapanTime.DateOf(clock.GetUtcNow());
        // The 進行管理's own numbers (the same count as /reports/progress); for a past year they stop at 3月31日.
        var (actuals, targets) = await progress.ForYearOnlyAsync(fiscalYear, caller, ct);
        var roleCounts = new RoleCounts(assigned.Count, assigned.Count(r => r?.Status == RoleStatus.Done), assigned.Count(r => r?.IsOverdue(today) == true), today);
        var endings = (await db.CaseHistory.AsNoTracking().Where(h => h.EventType == nameof(CaseEnded)).ToListAsync(ct))
            .Select(JournalEventSerializer.ToEntry)
            .Where(e => Domain.Common.FiscalYear.Of(e.OccurredAt) == fiscalYear)
            .Select(e => ((CaseEnded)e.Event).Outcome)
            .ToList();

        return new RepresentativesReport(
            fiscalYear,
            [.. Enum.GetValues<MeetingKind>().Select(k => new MeetingCount(k, held.Count(m => m.Kind == k), meetings.Count(m => m.Kind == k)))],
            discussedIds.Count,
            roleCounts,
            events.OfType<PlanAdoptedInMeeting>().Count(),
            endings.Count(o => o == LifecycleStage.Closed),
            endings.Count(o => o == LifecycleStage.ContinuedConnection),
            [.. Enum.GetValues<MeetingKind>().Select(k => new ResourceGapCount(k, gaps.Count(g => g == k), unapprovedByKind.Count(g => g == k)))],
            [.. Enum.GetValues<ResourceGapCategory>().Select(c => new ResourceGapCategoryCount(c.JapaneseName(), approved.Count(a => a.Approval.Category == c))),
                new ResourceGapCategoryCount(ResourceGapCategoryInfo.UnapprovedName, unapprovedByKind.Count)],
            [.. approved.OrderBy(a => a.Approval.Category).ThenBy(a => a.Approval.Wording, StringComparer.Ordinal)
                .Select(a => new ApprovedResourceGap(a.Approval.Category.JapaneseName(), a.Approval.Wording, a.Kind))],
            evaluation is null ? null : ReportEvaluation.Of(evaluation, names),
            IndicatorProgress.From(actuals, targets),
            actuals.CountedUntil,
            await CaseBreakdownAsync(db, discussedIds, ct));
    }

    // 分野 and 課題タグ from those two columns of the discussed cases only; 段階 counted in SQL (GROUP BY).
    private static async Task<CaseBreakdown> CaseBreakdownAsync(JusotekiDbContext db, IReadOnlyCollection<Guid> discussedIds, CancellationToken ct)
    {
        var ids = discussedIds.ToList();
        var discussed = db.SupportCases.AsNoTracking().Where(c => ids.Contains(c.Id));
        var lists = await discussed.Select(c => new { c.Fields, c.Tags }).ToListAsync(ct);
        var stages = await discussed.GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count, ct);
        return new CaseBreakdown(
            [.. Enum.GetValues<Field>().Select(f => new CaseCount(f.ToString(), f.JapaneseName(), lists.Count(c => c.Fields.Contains(f))))],
            [.. Enum.GetValues<IssueTag>().Select(t => new CaseCount(t.ToString(), t.JapaneseName(), lists.Count(c => c.Tags.Contains(t))))],
            [.. Enum.GetValues<LifecycleStage>().Select(s => new CaseCount(s.ToString(), s.JapaneseName(), stages.GetValueOrDefault(s)))]);
    }
}
