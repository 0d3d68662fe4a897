using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Audit;

/// <summary>The audit log (C6): append and read; there is no way to change or remove a record.</summary>
public sealed class AuditLog(IDbContextFactory<JusotekiDbContext> contexts)
{
    public async Task AppendAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditLog.AddRange(records.Select(r => new AuditRecordRow
        {
            At = r.At, Action = r.Action, ActorId = r.ActorId, ActorName = r.ActorName, MeetingId = r.MeetingId, CaseId = r.CaseId, Detail = r.Detail,
        }));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadForCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.AuditLog.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Id).ToListAsync(ct);
        return rows.Select(r => new AuditRecord(r.At, r.Action, r.ActorId, r.ActorName, r.MeetingId, r.CaseId, r.Detail)).ToList();
    }
}
