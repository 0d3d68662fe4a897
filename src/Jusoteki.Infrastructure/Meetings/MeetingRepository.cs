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
    public async Task<IReadOnlyList<JournalEntry>> UpdateAsync(Guid meetingId, Action<Meeting> change, CancellationToken ct = default)
    {
        var (journal, _) = await UpdateWithCaseAsync(meetingId, null, (meeting, _) => change(meeting), ct);
        return journal;
    }

    /// <summary>
    /// The same for a command that involves one case as well (putting it on the agenda, adopting its plan): both are loaded,
    /// and both are saved with their new journal and history entries in one transaction.
    /// </summary>
    public async Task<(IReadOnlyList<JournalEntry> Journal, IReadOnlyList<CaseHistoryEntry> CaseHistory)> UpdateWithCaseAsync(
        Guid meetingId, Guid? caseId, Action<Meeting, SupportCase?> change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw MeetingErrors.NotFound();
        var supportCase = caseId is { } id
            ? await db.SupportCases.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw CaseErrors.NotFound()
            : null;

        change(meeting, supportCase);

        var journal = meeting.UncommittedEntries.ToList();
        var history = supportCase?.UncommittedEntries.ToList() ?? [];
        db.Journal.AddRange(journal.Select(JournalEventSerializer.ToRecord));
        db.CaseHistory.AddRange(history.Select(JournalEventSerializer.ToRecord));
        var audited = journal.Select(AuditTrail.For).Concat(history.Select(AuditTrail.For)).OfType<AuditRecord>().ToList();
        await audit.SaveWithAuditAsync(db, audited, () =>
            ConcurrencySafeSave.SaveAsync(db, history.Count > 0 && journal.Count == 0 ? CaseErrors.ConcurrentUpdate : MeetingErrors.ConcurrentUpdate, ct), ct);
        meeting.MarkCommitted();
        supportCase?.MarkCommitted();
        return (journal, history);
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
