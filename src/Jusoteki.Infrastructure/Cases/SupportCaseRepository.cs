using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Cases;

/// <summary>Loads and saves the <see cref="SupportCase"/> aggregate with its history, like <see cref="Meetings.MeetingRepository"/>.</summary>
public sealed class SupportCaseRepository(IDbContextFactory<JusotekiDbContext> contexts, AuditLog audit)
{
    /// <summary>Loads the case, applies <paramref name="change"/>, stores state and history in one transaction, or nothing.</summary>
    public async Task<IReadOnlyList<CaseHistoryEntry>> UpdateAsync(Guid caseId, Action<SupportCase> change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var supportCase = await db.SupportCases.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw CaseErrors.NotFound();

        change(supportCase);

        var entries = supportCase.UncommittedEntries.ToList();
        db.CaseHistory.AddRange(entries.Select(JournalEventSerializer.ToRecord));
        await audit.SaveWithAuditAsync(db, [.. entries.Select(AuditTrail.For).OfType<AuditRecord>()],
            () => ConcurrencySafeSave.SaveAsync(db, CaseErrors.ConcurrentUpdate, ct), ct);
        supportCase.MarkCommitted();
        return entries;
    }

    public async Task<SupportCase?> FindAsync(Guid caseId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
    }

    public async Task AddAsync(SupportCase supportCase, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.SupportCases.Add(supportCase);
        db.CaseHistory.AddRange(supportCase.UncommittedEntries.Select(JournalEventSerializer.ToRecord));
        await audit.SaveWithAuditAsync(db, [.. supportCase.UncommittedEntries.Select(AuditTrail.For).OfType<AuditRecord>()], () => db.SaveChangesAsync(ct), ct);
        supportCase.MarkCommitted();
    }

    public async Task<IReadOnlyList<CaseHistoryEntry>> ReadHistoryAsync(Guid caseId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = await db.CaseHistory.AsNoTracking().Where(h => h.StreamId == caseId).OrderBy(h => h.Sequence).ToListAsync(ct);
        return records.Select(JournalEventSerializer.ToEntry).ToList();
    }
}
