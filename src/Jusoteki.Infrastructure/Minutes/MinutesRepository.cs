using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Minutes;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Minutes;

/// <summary>
/// Stores the minutes of each meeting as their history alone: a handful of entries per meeting, replayed on load. Appending
/// with the next sequence number is the concurrency check — a second writer from the same state is refused, nothing lost.
/// </summary>
public sealed class MinutesRepository(IDbContextFactory<JusotekiDbContext> contexts, AuditLog audit)
{
    public async Task<MeetingMinutes?> FindAsync(Guid meetingId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.MinutesHistory.AsNoTracking().Where(h => h.StreamId == meetingId).OrderBy(h => h.Sequence).ToListAsync(ct);
        return rows.Count == 0 ? null : MeetingMinutes.Replay(rows.Select(JournalEventSerializer.ToEntry));
    }

    /// <summary>Every meeting's minutes (for the library and the 代表者会議 report).</summary>
    public async Task<IReadOnlyList<MeetingMinutes>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.MinutesHistory.AsNoTracking().ToListAsync(ct);
        return [.. rows.GroupBy(r => r.StreamId).Select(g => MeetingMinutes.Replay(g.Select(JournalEventSerializer.ToEntry)))];
    }

    /// <summary>
    /// The meetings that have minutes (of one kind, if given): their id and start only, no JSON and no history — what the
    /// library orders and pages over before it reads any minutes.
    /// </summary>
    public async Task<IReadOnlyList<MinutesIndexEntry>> IndexAsync(Domain.Meetings.MeetingKind? kind, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meetings = db.Meetings.AsNoTracking().Where(m => db.MinutesHistory.Any(h => h.StreamId == m.Id));
        if (kind is { } only) meetings = meetings.Where(m => m.Kind == only);
        return await meetings.Select(m => new MinutesIndexEntry(m.Id, m.StartsAt)).ToListAsync(ct);
    }

    /// <summary>The minutes of these meetings (one query), by meeting; a meeting without minutes is absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, MeetingMinutes>> FindManyAsync(IReadOnlyCollection<Guid> meetingIds, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.MinutesHistory.AsNoTracking().Where(h => meetingIds.Contains(h.StreamId)).ToListAsync(ct);
        return rows.GroupBy(r => r.StreamId).ToDictionary(g => g.Key, g => MeetingMinutes.Replay(g.OrderBy(r => r.Sequence).Select(JournalEventSerializer.ToEntry)));
    }

    /// <summary>Appends what <paramref name="minutes"/> recorded since it was loaded (or started), with its audit records, or nothing.</summary>
    public async Task SaveAsync(MeetingMinutes minutes, CancellationToken ct = default)
    {
        var entries = minutes.UncommittedEntries.ToList();
        if (entries.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.MinutesHistory.AddRange(entries.Select(JournalEventSerializer.ToRecord));
        await audit.SaveWithAuditAsync(db, [.. entries.Select(AuditTrail.For).OfType<AuditRecord>()],
            () => ConcurrencySafeSave.SaveAsync(db, ConcurrentUpdate, ct), ct);
        minutes.MarkCommitted();
    }

    private static DomainException ConcurrentUpdate() =>
        new("minutes.concurrent-update", "他の利用者が先に議事録を更新しました。最新の内容を開き直してから、もう一度お試しください。");
}

/// <summary>A meeting that has minutes, as the library orders it: newest first.</summary>
public sealed record MinutesIndexEntry(Guid MeetingId, DateTimeOffset StartsAt);
