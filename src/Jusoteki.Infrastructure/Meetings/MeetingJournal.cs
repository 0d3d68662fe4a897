using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Meetings;

/// <summary>Reads a meeting's journal. Writing happens only through <see cref="MeetingRepository.UpdateAsync"/>.</summary>
public sealed class MeetingJournal(IDbContextFactory<JusotekiDbContext> contexts)
{
    /// <summary>Every entry after <paramref name="afterSequence"/>, in order: what a reconnecting participant missed.</summary>
    public Task<IReadOnlyList<JournalEntry>> ReadAfterAsync(Guid meetingId, long afterSequence, CancellationToken ct = default) =>
        ReadPageAfterAsync(meetingId, afterSequence, int.MaxValue, ct);

    /// <summary>At most <paramref name="limit"/> entries after <paramref name="afterSequence"/>, in order; the next page starts after the last.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadPageAfterAsync(Guid meetingId, long afterSequence, int limit, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = await db.Journal.AsNoTracking()
            .Where(j => j.StreamId == meetingId && j.Sequence > afterSequence)
            .OrderBy(j => j.Sequence)
            .Take(limit)
            .ToListAsync(ct);
        return records.Select(JournalEventSerializer.ToEntry).ToList();
    }
}
