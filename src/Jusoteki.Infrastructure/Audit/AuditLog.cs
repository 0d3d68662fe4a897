using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Audit;

/// <summary>
/// The audit log: append and read, never change. Every row is chained to the previous one by an HMAC-SHA256 under a key
/// kept outside the database (<see cref="AuditChainKey"/>), and the head of the chain (count and last MAC) is anchored in a
/// file beside the key, so that <see cref="VerifyAsync"/> finds an altered, removed or recomputed row and a cut tail.
/// Rows written before the chain was keyed keep their plain SHA-256 links: they verify as before, may only come first, and
/// are sealed by the anchor written when the key first meets the database. The first record of each day (JST) is preceded
/// by a day anchor (<see cref="DayAnchorAction"/>) naming the chain's count and head at the day's start: copied out with the
/// log (CSV, print), it lets a reader prove later that the rows before it were not rewritten, even by someone holding the key.
/// </summary>
public sealed class AuditLog(IDbContextFactory<JusotekiDbContext> contexts, AuditChainKey key)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Marks a keyed link; a link without it is a legacy SHA-256 hash (64 hex digits).</summary>
    public const string KeyedPrefix = "k1:";

    /// <summary>The action of a day anchor row.</summary>
    public const string DayAnchorAction = "audit.day-anchor";

    /// <summary>The PostgreSQL advisory lock (pg_advisory_xact_lock) that every process takes before it reads the chain's head.</summary>
    public const long ChainLockKey = 0x4A75_736F_7465_6B69; // "Jusoteki"

    // One writer extends the chain at a time in this instance (one per process in the app); other processes wait on the
    // database's lock (SaveWithAuditAsync), and the key on Sequence refuses a fork should one ever get through.
    private readonly SemaphoreSlim _gate = new(1, 1);

    private bool _anchored;

    /// <summary>Appends records on their own.</summary>
    public async Task AppendAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await SaveWithAuditAsync(db, records, () => db.SaveChangesAsync(ct), ct);
    }

    /// <summary>
    /// Adds <paramref name="records"/> to <paramref name="db"/> as the next links of the chain and runs <paramref name="save"/>,
    /// so that a change and its audit records are stored in one transaction, or neither; then moves the anchor to the new head.
    /// </summary>
    public async Task SaveWithAuditAsync(JusotekiDbContext db, IReadOnlyCollection<AuditRecord> records, Func<Task> save, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (records.Count == 0)
            {
                await save();
                return;
            }
            await EnsureAnchoredAsync(ct);
            // Another process may be extending the chain: the head is read and extended under the database's write lock —
            // SQLite's BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default transaction), PostgreSQL's advisory transaction lock.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
            var anchor = key.ReadAnchor();
            var last = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash, a.At }).FirstOrDefaultAsync(ct);
            var (sequence, previous, lastAt) = (last?.Sequence ?? 0, last?.Hash ?? Genesis, last?.At);
            // The anchor only moves forward from itself: after a cut tail it stays where it was, so the cut stays visible.
            var extendsAnchor = anchor is not null && (anchor.Count == 0 || sequence >= anchor.Count &&
                await db.AuditLog.AsNoTracking().AnyAsync(a => a.Sequence == anchor.Count && a.Hash == anchor.Head, ct));
            foreach (var record in records)
            {
                // A chain with rows from an earlier day gets one anchor before the first record of each new day.
                if (lastAt is { } before && JapanTime.DateOf(record.At) > JapanTime.DateOf(before))
                {
                    var dayAnchor = new AuditRecord(record.At, DayAnchorAction, "system", "システム", null, null, DayAnchorDetail(sequence, previous));
                    sequence++;
                    previous = Link(db, sequence, dayAnchor, previous);
                }
                sequence++;
                previous = Link(db, sequence, record, previous);
                lastAt = record.At;
            }
            await save();
            if (transaction is not null) await transaction.CommitAsync(ct);
            // After the commit, so the anchor never names a head the database lacks; only forward, as writers may finish out of order.
            if (extendsAnchor) key.AdvanceAnchor(new AuditAnchor(sequence, previous, anchor!.LegacyCount));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadForCaseAsync(Guid caseId, CancellationToken ct = default) =>
        await ReadAsync(new AuditFilter(CaseId: caseId), ct);

    /// <summary>Records matching the filter, oldest first (an action matches by its start).</summary>
    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Matching(db, filter);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action.StartsWith(filter.Action));
        var rows = await query.OrderBy(a => a.Sequence).Take(filter.Limit).ToListAsync(ct);
        return rows.Select(ToRecord).ToList();
    }

    /// <summary>
    /// The records matching the filter newest first, <paramref name="take"/> of them after skipping <paramref name="skip"/>,
    /// and their number (an action matches exactly: "account.login" is not "account.login-failed").
    /// </summary>
    public async Task<AuditPage> ReadPageAsync(AuditFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Matching(db, filter);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action == filter.Action);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Sequence).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 10_000)).ToListAsync(ct);
        return new(rows.Select(ToRecord).ToList(), total);
    }

    private static IQueryable<AuditRecordRow> Matching(JusotekiDbContext db, AuditFilter filter)
    {
        // SQLite keeps a DateTimeOffset as text, which EF cannot compare; julianday() reads it with its offset, as an instant.
        // PostgreSQL keeps a timestamptz, an instant EF compares itself.
        var query = filter.From is null && filter.Until is null
            ? db.AuditLog
            : db.Database.IsSqlite()
            ? db.AuditLog.FromSql($"SELECT * FROM AuditLog WHERE julianday(At) >= julianday({Instant(filter.From ?? DateTimeOffset.MinValue)}) AND julianday(At) < julianday({Instant(filter.Until ?? DateTimeOffset.MaxValue)})")
            : db.AuditLog.Where(a => (filter.From == null || a.At >= filter.From) && (filter.Until == null || a.At < filter.Until));
        query = query.AsNoTracking();
        if (filter.CaseId is { } caseId) query = query.Where(a => a.CaseId == caseId);
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(a => a.ActorId.Contains(filter.Actor) || a.ActorName.Contains(filter.Actor));
        return query;
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private static AuditRecord ToRecord(AuditRecordRow r) => new(r.At, r.Action, r.ActorId, r.ActorName, r.MeetingId, r.CaseId, r.Detail);

    /// <summary>
    /// Walks the whole chain: every row's link recomputed (keyed, or legacy before the first keyed one), every link to the
    /// previous row checked, and the head compared with the anchor outside the database.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await EnsureAnchoredAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
        var anchor = key.ReadAnchor();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (expectedSequence, previous, count, keyed) = (1L, Genesis, 0, false);
        string? headAtAnchor = null;
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            var record = new AuditRecord(row.At, row.Action, row.ActorId, row.ActorName, row.MeetingId, row.CaseId, row.Detail);
            var isKeyed = row.Hash.StartsWith(KeyedPrefix, StringComparison.Ordinal);
            // A legacy link is only good before the first keyed one and within what the anchor sealed.
            var legacyAllowed = !keyed && anchor is not null && row.Sequence <= anchor.LegacyCount;
            var expected = isKeyed ? KeyedLinkOf(row.Sequence, record, previous) : legacyAllowed ? LegacyHashOf(row.Sequence, record, previous) : null;
            if (row.Sequence != expectedSequence || row.PreviousHash != previous || expected is null || !SameLink(row.Hash, expected)
                || row.Action == DayAnchorAction && row.Detail != DayAnchorDetail(row.Sequence - 1, previous))
                return new AuditVerification(false, count, expectedSequence, AuditBreak.Altered);
            if (anchor is not null && row.Sequence == anchor.Count) headAtAnchor = row.Hash;
            (expectedSequence, previous, count, keyed) = (expectedSequence + 1, row.Hash, count + 1, keyed || isKeyed);
        }
        if (anchor is null) return new AuditVerification(false, count, null, AuditBreak.AnchorMissing);
        if (count < anchor.Count) return new AuditVerification(false, count, count + 1, AuditBreak.Truncated);
        if (anchor.Count > 0 && headAtAnchor != anchor.Head)
            return new AuditVerification(false, 0, anchor.Count, AuditBreak.Altered);
        return new AuditVerification(true, count, null);
    }

    // The first time this key meets the database: anchor the head as it is (empty, or the legacy rows), sealing the legacy
    // rows against a later recompute. A keyed chain without its anchor is never re-anchored: that would hide a cut tail.
    private async Task EnsureAnchoredAsync(CancellationToken ct)
    {
        if (_anchored) return;
        if (!File.Exists(key.AnchorPath))
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var head = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
            if (head is null || !head.Hash.StartsWith(KeyedPrefix, StringComparison.Ordinal))
                key.WriteAnchorIfMissing(new AuditAnchor(head?.Sequence ?? 0, head?.Hash ?? Genesis, head?.Sequence ?? 0));
        }
        _anchored = true;
    }

    // Adds the next row of the chain and returns its link.
    private string Link(JusotekiDbContext db, long sequence, AuditRecord record, string previous)
    {
        var hash = KeyedLinkOf(sequence, record, previous);
        db.AuditLog.Add(new AuditRecordRow
        {
            Sequence = sequence, At = record.At, Action = record.Action, ActorId = record.ActorId, ActorName = record.ActorName,
            MeetingId = record.MeetingId, CaseId = record.CaseId, Detail = record.Detail, PreviousHash = previous, Hash = hash,
        });
        return hash;
    }

    /// <summary>What a day anchor says: how many records came before it and the last one's link.</summary>
    public static string DayAnchorDetail(long count, string head) => $"前日までの記録 {count.ToString(CultureInfo.InvariantCulture)}件・末尾 {head}";

    private static bool SameLink(string stored, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(expected));

    private string KeyedLinkOf(long sequence, AuditRecord record, string previous) =>
        KeyedPrefix + Base64Url(key.Mac(Canonical(sequence, record, previous)));

    /// <summary>The link as it was before the chain was keyed: plain SHA-256, anyone can recompute it.</summary>
    public static string LegacyHashOf(long sequence, AuditRecord record, string previous) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(sequence, record, previous))));

    private static string Canonical(long sequence, AuditRecord record, string previous) =>
        string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture), record.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            record.Action, record.ActorId, record.ActorName, record.MeetingId?.ToString() ?? "", record.CaseId?.ToString() ?? "", record.Detail, previous);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>What to look for in the audit log; empty parts match everything. <see cref="From"/> is inclusive, <see cref="Until"/> not.</summary>
public sealed record AuditFilter(string? Action = null, string? Actor = null, Guid? CaseId = null, int Limit = 500,
    DateTimeOffset? From = null, DateTimeOffset? Until = null);

/// <summary>One page of the log, newest first, and how many records match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, int Total);

/// <summary>How the chain was found broken.</summary>
public enum AuditBreak
{
    None,
    /// <summary>A row changed, removed, inserted or recomputed.</summary>
    Altered,
    /// <summary>Rows removed from the end: fewer than the anchor counted.</summary>
    Truncated,
    /// <summary>The anchor file beside the key is missing or not sealed with the key.</summary>
    AnchorMissing,
}

/// <summary>The result of walking the chain: intact, how many rows were good, and where it broke if it did.</summary>
public sealed record AuditVerification(bool Intact, int VerifiedCount, long? BrokenAtSequence, AuditBreak Break = AuditBreak.None);
