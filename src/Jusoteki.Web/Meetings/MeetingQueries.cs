using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Meetings;

/// <summary>Read models for the screens: the meeting list, a meeting's board, and the journal after a sequence number.</summary>
public sealed class MeetingQueries(IDbContextFactory<JusotekiDbContext> contexts, MeetingJournal journal)
{
    public async Task<IReadOnlyList<MeetingSummaryView>> ListMeetingsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset in SQL; the list is short.
        return meetings
            .OrderBy(m => m.StartsAt)
            .Select(m => new MeetingSummaryView(m.Id, m.Title, m.Kind, m.StartsAt, m.Place, m.Status, m.Agenda.Count))
            .ToList();
    }

    public async Task<MeetingBoardView?> GetBoardAsync(Guid meetingId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;

        var caseIds = meeting.Agenda.Select(a => a.CaseId).ToList();
        var cases = await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var cards = meeting.Agenda
            .Where(a => cases.ContainsKey(a.CaseId))
            .OrderBy(a => a.Order)
            .Select(a =>
            {
                var c = cases[a.CaseId];
                return new CaseCardView(a.CaseId, a.Order, c.Pseudonym, c.PersonName, c.AgeBand, c.Sex, c.HouseholdSummary,
                    [.. c.TagList], a.SupportPolicy, a.SupportPolicyVersion, a.SupportPolicyEditedBy, a.SupportPolicyEditedAt);
            });
        return new MeetingBoardView(meeting.Id, meeting.Title, meeting.Kind, meeting.StartsAt, meeting.Place, meeting.Status,
            meeting.LastSequence, [.. cards]);
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAfterAsync(Guid meetingId, long afterSequence, CancellationToken ct = default) =>
        journal.ReadAfterAsync(meetingId, afterSequence, ct);
}
