using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Reports;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Reports;

/// <summary>
/// The 事務局's 評価 per 年度: everyone who may see the aggregates reads it; only the 事務局 saves it, through
/// <see cref="ProgramEvaluationRules"/>, from the version they read. The save and its audit record are stored together;
/// the audit names the year, version and length, never the text.
/// </summary>
public sealed class ProgramEvaluations(IDbContextFactory<JusotekiDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public async Task<ProgramEvaluation?> ForYearAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewAggregates);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProgramEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct);
    }

    /// <summary>Saves <paramref name="text"/> as the year's 評価, written from <paramref name="expectedVersion"/> (0: none yet).</summary>
    public async Task<ProgramEvaluation> SaveAsync(int fiscalYear, int expectedVersion, string? text, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.WriteProgramEvaluation);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await db.ProgramEvaluations.SingleOrDefaultAsync(e => e.FiscalYear == fiscalYear, ct);
        var change = ProgramEvaluationRules.Write(caller, fiscalYear, current, expectedVersion, text, JapanTime.DateOf(now), await KnownPersonNames.ReadAsync(db, ct));
        if (current is null)
        {
            current = new ProgramEvaluation(change, caller.Actor.DisplayName, now);
            db.ProgramEvaluations.Add(current);
        }
        else current.Revise(change, caller.Actor.DisplayName, now);
        var detail = $"{FiscalYear.JapaneseName(fiscalYear)}の評価を保存（第{change.Version}版・{change.Text.Length}文字）";
        try
        {
            await audit.SaveWithAuditAsync(db, [new AuditRecord(now, "report.evaluation-saved", caller.Actor.Id, caller.Actor.DisplayName, null, null, detail)],
                () => db.SaveChangesAsync(ct), ct);
        }
        catch (DbUpdateException)
        {
            // Someone else saved this year's evaluation between our read and our save: nothing of this one was stored.
            throw ProgramEvaluationErrors.Stale(fiscalYear, expectedVersion + 1);
        }
        return current;
    }
}
