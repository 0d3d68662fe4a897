using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Read models for the screens: the meeting list, a meeting's board per viewer, and the journal after a sequence number.
/// Each checks the permission table first; what a permitted viewer sees of a case is then the consent gate's decision.
/// </summary>
public sealed class MeetingQueries(IDbContextFactory<JusotekiDbContext> contexts, MeetingJournal journal, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<MeetingSummaryView>> ListMeetingsAsync(Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewMeetingList);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset in SQL; the list is short.
        return meetings
            .OrderBy(m => m.StartsAt)
            .Select(m => new MeetingSummaryView(m.Id, m.Title, m.Kind, m.StartsAt, m.Place, m.Status, m.Agenda.Count))
            .ToList();
    }

    /// <summary>
    /// The board as <paramref name="viewer"/> may see it: each card through the consent gate, and an audit record for every
    /// display of personal information of a case without consent (C6).
    /// </summary>
    public async Task<MeetingBoardView?> GetBoardAsync(Guid meetingId, Caller viewer, CancellationToken ct = default)
    {
        viewer.Require(Operation.ViewBoard);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        MeetingAccess.RequireMayOpen(meeting, viewer);

        var caseIds = meeting.Agenda.Select(a => a.CaseId).ToList();
        var cases = await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var participant = meeting.Participants.FirstOrDefault(p => p.UserId == viewer.Actor.Id);
        var now = clock.GetUtcNow();

        var disclosures = meeting.Agenda
            .Where(a => cases.ContainsKey(a.CaseId))
            .OrderBy(a => a.Order)
            .Select(a => (Item: a, Case: cases[a.CaseId], Disclosure: ConsentGate.Disclose(meeting, participant, cases[a.CaseId], now)))
            .ToList();
        await audit.AppendAsync([.. disclosures.Select(d => d.Disclosure.Audit).OfType<Domain.Audit.AuditRecord>()], ct);

        var cards = disclosures.Select(d => new CaseCardView(
            d.Item.CaseId, d.Item.Order, d.Disclosure.Visibility, d.Disclosure.Pseudonym, d.Disclosure.PseudonymisedSummary,
            d.Disclosure.Personal, [.. d.Case.Tags.Select(t => t.JapaneseName())],
            d.Item.SupportPolicy, d.Item.SupportPolicyVersion, d.Item.SupportPolicyEditedBy, d.Item.SupportPolicyEditedAt,
            d.Item.Watching, d.Item.NextReviewDate, [.. d.Item.ResourceGaps]));
        return new MeetingBoardView(meeting.Id, meeting.Title, meeting.Kind, meeting.StartsAt, meeting.Place, meeting.Status,
            meeting.FocusCaseId, meeting.LastSequence, [.. cards]);
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAfterAsync(Guid meetingId, long afterSequence, Caller viewer, CancellationToken ct = default)
    {
        viewer.Require(Operation.ViewBoard);
        return journal.ReadAfterAsync(meetingId, afterSequence, ct);
    }
}
