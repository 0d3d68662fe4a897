using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Meetings;

/// <summary>Loads and saves the <see cref="Meeting"/> aggregate; each save writes the state and its journal entries together.</summary>
public sealed class MeetingRepository(IDbContextFactory<JusotekiDbContext> contexts)
{
    /// <summary>
    /// Loads the meeting, lets <paramref name="change"/> act on it, then stores the new state and appends the new journal
    /// entries in one transaction. If the change throws, or another writer got there first, nothing is stored.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> UpdateAsync(Guid meetingId, Action<Meeting> change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw MeetingErrors.NotFound();

        change(meeting);

        var entries = meeting.UncommittedEntries.ToList();
        db.Journal.AddRange(entries.Select(JournalEventSerializer.ToRecord));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw MeetingErrors.ConcurrentUpdate();
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // SQLITE_CONSTRAINT: the journal already holds this sequence number — another writer appended first.
            throw MeetingErrors.ConcurrentUpdate();
        }
        meeting.MarkCommitted();
        return entries;
    }

    public async Task<Meeting?> FindAsync(Guid meetingId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
    }

    public async Task AddAsync(Meeting meeting, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Meetings.Add(meeting);
        db.Journal.AddRange(meeting.UncommittedEntries.Select(JournalEventSerializer.ToRecord));
        await db.SaveChangesAsync(ct);
        meeting.MarkCommitted();
    }
}
