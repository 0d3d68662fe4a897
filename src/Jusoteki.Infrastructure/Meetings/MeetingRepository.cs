using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Meetings;

/// <summary>Loads and saves the <see cref="Meeting"/> aggregate; each save writes the state and its journal entries together.</summary>
public sealed class MeetingRepository(IDbContextFactory<JusotekiDbContext> contexts, AuditLog audit)
{
    /// <summary>
    /// Loads the meeting, lets <paramref name="change"/> act on it, then stores the new state and appends the new journal
    /// entries in one transaction. If the change throws, or another writer got there first, nothing is stored.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> UpdateAsync(Guid meetingId, Action<Meeting> change, CancellationToken ct = default) =>
        (await UpdateWithCasesAsync(meetingId, _ => [], (meeting, _) => change(meeting), ct)).Journal;

    /// <summary>
    /// The same for a command that involves cases too (an edit the consent gate must allow, a role, a plan, closing): the
    /// meeting is loaded, then the cases <paramref name="casesToLoad"/> names; the meeting and every
    /// changed case are saved with their new journal and history entries in one transaction, or nothing is.
    /// </summary>
    public async Task<MeetingChange> UpdateWithCasesAsync(Guid meetingId, Func<Meeting, IEnumerable<Guid>> casesToLoad,
        Action<Meeting, IReadOnlyDictionary<Guid, SupportCase>> change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw MeetingErrors.NotFound();
        var ids = casesToLoad(meeting).Distinct().ToList();
        var cases = ids.Count == 0
            ? new Dictionary<Guid, SupportCase>()
            : await db.SupportCases.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);

        change(meeting, cases);

        var journal = meeting.UncommittedEntries.ToList();
        var history = cases.Values.SelectMany(c => c.UncommittedEntries).ToList();
        db.Journal.AddRange(journal.Select(JournalEventSerializer.ToRecord));
        db.CaseHistory.AddRange(history.Select(JournalEventSerializer.ToRecord));
        var audited = journal.Select(AuditTrail.For).Concat(history.Select(AuditTrail.For)).OfType<AuditRecord>().ToList();
        await audit.SaveWithAuditAsync(db, audited, () =>
            ConcurrencySafeSave.SaveAsync(db, history.Count > 0 && journal.Count == 0 ? CaseErrors.ConcurrentUpdate : MeetingErrors.ConcurrentUpdate, ct), ct);
        meeting.MarkCommitted();
        foreach (var supportCase in cases.Values) supportCase.MarkCommitted();
        return new MeetingChange(journal, history);
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
        await audit.SaveWithAuditAsync(db, [.. meeting.UncommittedEntries.Select(AuditTrail.For).OfType<AuditRecord>()], () => db.SaveChangesAsync(ct), ct);
        meeting.MarkCommitted();
    }
}

/// <summary>What one command stored: the meeting's new journal entries and the new history entries of the cases it changed.</summary>
public sealed record MeetingChange(IReadOnlyList<JournalEntry> Journal, IReadOnlyList<CaseHistoryEntry> CaseHistory);
