using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Audit;

/// <summary>
/// The audit log: append and read, never change. Every row is chained to the previous one by a SHA-256 hash, so that an
/// altered or removed row is found by <see cref="VerifyAsync"/>.
/// </summary>
public sealed class AuditLog(IDbContextFactory<JusotekiDbContext> contexts)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // One writer extends the chain at a time in this process; the key on Sequence stops writers in other processes.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Appends records on their own.</summary>
    public async Task AppendAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await SaveWithAuditAsync(db, records, () => db.SaveChangesAsync(ct), ct);
    }

    /// <summary>
    /// Adds <paramref name="records"/> to <paramref name="db"/> as the next links of the chain and runs <paramref name="save"/>,
    /// so that a change and its audit records are stored in one transaction, or neither.
    /// </summary>
    public async Task SaveWithAuditAsync(JusotekiDbContext db, IReadOnlyCollection<AuditRecord> records, Func<Task> save, CancellationToken ct = default)
    {
        await Gate.WaitAsync(ct);
        try
        {
            if (records.Count > 0)
            {
                var last = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Sequence)
                    .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
                var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? Genesis);
                foreach (var record in records)
                {
                    sequence++;
                    var hash = HashOf(sequence, record, previous);
                    db.AuditLog.Add(new AuditRecordRow
                    {
                        Sequence = sequence, At = record.At, Action = record.Action, ActorId = record.ActorId, ActorName = record.ActorName,
                        MeetingId = record.MeetingId, CaseId = record.CaseId, Detail = record.Detail, PreviousHash = previous, Hash = hash,
                    });
                    previous = hash;
                }
            }
            await save();
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadForCaseAsync(Guid caseId, CancellationToken ct = default) =>
        await ReadAsync(new AuditFilter(CaseId: caseId), ct);

    /// <summary>Records matching the filter, oldest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.AuditLog.AsNoTracking();
        if (filter.CaseId is { } caseId) query = query.Where(a => a.CaseId == caseId);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action.StartsWith(filter.Action));
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(a => a.ActorId.Contains(filter.Actor) || a.ActorName.Contains(filter.Actor));
        var rows = await query.OrderBy(a => a.Sequence).Take(filter.Limit).ToListAsync(ct);
        return rows.Select(r => new AuditRecord(r.At, r.Action, r.ActorId, r.ActorName, r.MeetingId, r.CaseId, r.Detail)).ToList();
    }

    /// <summary>Walks the whole chain: every row's hash recomputed, every link to the previous row checked.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (expectedSequence, previous, count) = (1L, Genesis, 0);
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            var record = new AuditRecord(row.At, row.Action, row.ActorId, row.ActorName, row.MeetingId, row.CaseId, row.Detail);
            if (row.Sequence != expectedSequence || row.PreviousHash != previous || row.Hash != HashOf(row.Sequence, record, previous))
                return new AuditVerification(false, count, expectedSequence);
            (expectedSequence, previous, count) = (expectedSequence + 1, row.Hash, count + 1);
        }
        return new AuditVerification(true, count, null);
    }

    private static string HashOf(long sequence, AuditRecord record, string previous)
    {
        var canonical = string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture), record.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            record.Action, record.ActorId, record.ActorName, record.MeetingId?.ToString() ?? "", record.CaseId?.ToString() ?? "", record.Detail, previous);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

/// <summary>What to look for in the audit log; empty parts match everything.</summary>
public sealed record AuditFilter(string? Action = null, string? Actor = null, Guid? CaseId = null, int Limit = 500);

/// <summary>The result of walking the chain: intact, how many rows were good, and where it broke if it did.</summary>
public sealed record AuditVerification(bool Intact, int VerifiedCount, long? BrokenAtSequence);
