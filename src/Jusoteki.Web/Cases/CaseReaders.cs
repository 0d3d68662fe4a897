using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Cases;

/// <summary>
/// Who reads a case outside a meeting (C10): the caller and whether they hold a standing pledge for the current fiscal
/// year — recorded on its own (<see cref="StandingPledge"/>) or at a meeting's roll call. Every screen, export and report
/// that shows anything about a case asks here first, then <see cref="CaseGate"/>.
/// </summary>
public sealed class CaseReaders(IDbContextFactory<JusotekiDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => JapanTime.DateOf(Now);

    public async Task<CaseReader> ForAsync(Caller caller, CancellationToken ct = default)
    {
        if (caller.Actor.Id == Caller.Anonymous.Actor.Id) return new CaseReader(caller, false);
        var year = FiscalYear.Of(Now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.StandingPledges.AnyAsync(p => p.UserId == caller.Actor.Id && p.FiscalYear == year, ct)) return new CaseReader(caller, true);
        // A standing pledge taken at a meeting's roll call holds for the whole fiscal year too.
        var participants = await db.Meetings.AsNoTracking().Select(m => m.Participants).ToListAsync(ct);
        var pledged = participants.SelectMany(p => p)
            .Any(p => p.UserId == caller.Actor.Id && p.Pledge == PledgeKind.StandingForFiscalYear && p.PledgeFiscalYear == year);
        return new CaseReader(caller, pledged);
    }

    /// <summary>年度の誓約 for the city's meeting staff, outside any meeting (audited).</summary>
    public async Task RecordStandingPledgeAsync(Caller caller, CancellationToken ct = default)
    {
        var already = (await ForAsync(caller, ct)).HasStandingPledge;
        var pledge = StandingPledge.Record(caller, already, Now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.StandingPledges.Add(pledge);
        await audit.SaveWithAuditAsync(db, [pledge.AuditRecord()], () => db.SaveChangesAsync(ct), ct);
    }
}
