using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Progress;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Progress;

/// <summary>
/// 目標 per 年度 and indicator: everyone who may see the aggregates reads them; only the 事務局 sets them, through the
/// domain's rules, and every change is written with its audit record in one save (nothing is stored when refused).
/// </summary>
public sealed class ProgressTargets(IDbContextFactory<JusotekiDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<ProgressIndicator, int>> ForYearAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.ProgressTargets.AsNoTracking().Where(t => t.FiscalYear == fiscalYear).ToListAsync(ct)).ToDictionary(t => t.Indicator, t => t.Value);
    }

    /// <summary>Sets one target as typed (<paramref name="value"/> is the text entered); returns the stored number.</summary>
    public async Task<int> SetAsync(int fiscalYear, string? indicator, string? value, string? reason, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.SetProgressTargets);
        var now = clock.GetUtcNow();
        var change = ProgressTargetRules.Validate(fiscalYear, indicator, value, reason, JapanTime.DateOf(now));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.ProgressTargets.SingleOrDefaultAsync(t => t.FiscalYear == change.FiscalYear && t.Indicator == change.Indicator, ct);
        var before = stored?.Value;
        if (stored is null) db.ProgressTargets.Add(new ProgressTarget(change, caller.Actor.DisplayName, now));
        else stored.Change(change, caller.Actor.DisplayName, now);
        var unit = change.Indicator.Unit().Symbol();
        var detail = $"{FiscalYear.JapaneseName(change.FiscalYear)}「{change.Indicator.JapaneseName()}」の目標：{(before is { } b ? $"{b}{unit}" : "未設定")} → {change.Value}{unit}"
            + (change.Reason.Length > 0 ? $"（理由：{change.Reason}）" : "");
        await audit.SaveWithAuditAsync(db, [new AuditRecord(now, "progress.target-set", caller.Actor.Id, caller.Actor.DisplayName, null, null, detail)],
            () => db.SaveChangesAsync(ct), ct);
        return change.Value;
    }
}
