using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Progress;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Cases;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Progress;

/// <summary>
/// 進行管理 for one 年度 beside the one before: per indicator the target, the actual counted by <see cref="ProgressCounter"/>,
/// and the share reached. Counts only (C8); the cases behind a number come through <see cref="ProgressQueries.CasesBehindAsync"/>.
/// </summary>
public sealed record ProgressReport(int FiscalYear, ProgressActuals Actuals, ProgressActuals Previous,
    IReadOnlyDictionary<ProgressIndicator, int> Targets, IReadOnlyDictionary<ProgressIndicator, int> PreviousTargets)
{
    public string FiscalYearName => Domain.Common.FiscalYear.JapaneseName(FiscalYear);
    public string PreviousYearName => Domain.Common.FiscalYear.JapaneseName(FiscalYear - 1);

    /// <summary>達成率 — the actual to date over the target, in % (null without a target above 0 or without an actual).</summary>
    public static int? Reached(int? actual, int? target) =>
        actual is { } a && target is { } t && t > 0 ? (int)Math.Round(100m * a / t, MidpointRounding.AwayFromZero) : null;

    /// <summary>A value with its unit: 「10回」「3件」「50%」, or 「—」.</summary>
    public static string Format(int? value, ProgressIndicator indicator) => value is { } v ? $"{v}{indicator.Unit().Symbol()}" : "—";
}

/// <summary>One case behind a number: its pseudonym always, the name only where C10 lets the reader see it.</summary>
public sealed record ProgressCaseLine(Guid CaseId, DateOnly Date, string Pseudonym, string? PersonName, bool Met);

public sealed class ProgressQueries(IDbContextFactory<JusotekiDbContext> contexts, ProgressTargets targets, CaseReaders readers,
    Infrastructure.Audit.AuditLog auditLog)
{
    public const string Surface = "進行管理の内訳";

    public async Task<ProgressReport> ForYearAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        var (history, meetings) = await LoadAsync(ct);
        var today = readers.Today;
        return new ProgressReport(fiscalYear,
            ProgressCounter.Count(fiscalYear, history, meetings, today),
            ProgressCounter.Count(fiscalYear - 1, history, meetings, today),
            await targets.ForYearAsync(fiscalYear, caller, ct),
            await targets.ForYearAsync(fiscalYear - 1, caller, ct));
    }

    /// <summary>One 年度's actuals and targets, without the year before (the 代表者会議 report shows this year only).</summary>
    public async Task<(ProgressActuals Actuals, IReadOnlyDictionary<ProgressIndicator, int> Targets)> ForYearOnlyAsync(int fiscalYear, Caller caller,
        CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        var (history, meetings) = await LoadAsync(ct);
        return (ProgressCounter.Count(fiscalYear, history, meetings, readers.Today), await targets.ForYearAsync(fiscalYear, caller, ct));
    }

    /// <summary>
    /// The cases behind one indicator's actual, each through <see cref="CaseGate"/> for this reader (C10): a reader who may
    /// not see a case gets its pseudonym only; a full view of an unconsented case is audited once per visit (C6).
    /// </summary>
    public async Task<IReadOnlyList<ProgressCaseLine>> CasesBehindAsync(int fiscalYear, ProgressIndicator indicator, Caller caller, CaseDisclosureLog log,
        CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        var (history, meetings) = await LoadAsync(ct);
        var today = readers.Today;
        var actuals = ProgressCounter.Count(fiscalYear, history, meetings, today);
        var actual = actuals[indicator];
        var reader = await readers.ForAsync(caller, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = actual.Evidence.SelectMany(e => e.CaseIds).Distinct().ToList();
        var cases = (await db.SupportCases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id);
        var audit = new List<AuditRecord>();
        var lines = new List<ProgressCaseLine>();
        foreach (var evidence in actual.Evidence)
            foreach (var id in evidence.CaseIds)
            {
                if (!cases.TryGetValue(id, out var supportCase)) continue;
                var (sight, record) = CaseGate.Disclose(supportCase, reader, today, readers.Now, Surface);
                if (record is not null) audit.Add(record);
                lines.Add(new ProgressCaseLine(id, evidence.Date, supportCase.Pseudonym, sight.IsFull ? supportCase.PersonName : null, evidence.IsMetOn(actuals.CountedUntil)));
            }
        await log.RecordAsync(audit, ct);
        return lines;
    }

    /// <summary>国への年次報告用の一覧 (<see cref="StateReport"/>): the 事務局 only, and every export is audited.</summary>
    public async Task<IReadOnlyList<string[]>> StateRowsAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ExportStateReport);
        var (history, meetings) = await LoadAsync(ct);
        var rows = StateReport.Rows(fiscalYear, history, meetings, readers.Today);
        await auditLog.AppendAsync([new AuditRecord(readers.Now, "progress.state-exported", caller.Actor.Id, caller.Actor.DisplayName, null, null,
            $"{Domain.Common.FiscalYear.JapaneseName(fiscalYear)}の国への報告用の一覧（{rows.Count}件）を出力")], ct);
        return rows;
    }

    // Only what the count reads: the kinds of case event it looks at, and the held (closed) meetings.
    private async Task<(List<Domain.Cases.CaseHistoryEntry> History, List<Domain.Meetings.Meeting> Meetings)> LoadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var read = ProgressCounter.EventsRead.ToList();
        var history = (await db.CaseHistory.AsNoTracking().Where(h => read.Contains(h.EventType)).ToListAsync(ct)).Select(JournalEventSerializer.ToEntry).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.Status == Domain.Meetings.MeetingStatus.Closed).ToListAsync(ct);
        return (history, meetings);
    }
}
