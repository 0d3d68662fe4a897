using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Minutes;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Meetings;

/// <summary>
/// Read models for the screens and the hub: the meeting list, a meeting's board per viewer, and the journal after a sequence
/// number as that viewer may receive it. Each checks the permission table first; what a permitted viewer sees of a case is
/// then the consent gate's decision.
/// </summary>
public sealed class MeetingQueries(IDbContextFactory<JusotekiDbContext> contexts, MeetingJournal journal, AgencyDirectory agencies, AuditLog audit, TimeProvider clock,
    MinutesRepository minutes,
    Audit.DisclosureAuditWindow disclosures)
{
    public async Task<IReadOnlyList<MeetingSummaryView>> ListMeetingsAsync(Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewMeetingList);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        var approved = (await minutes.ListAsync(ct)).Where(m => m.Approved is not null).Select(m => m.MeetingId).ToHashSet();
        // Only what the caller may open (MeetingListing); SQLite cannot order by DateTimeOffset in SQL, and the list is short.
        return meetings
            .Select(m => (Meeting: m, Entry: MeetingListing.EntryFor(m, caller, approved.Contains(m.Id))))
            .Where(x => x.Entry != MeetingEntry.None)
            .OrderBy(x => x.Meeting.StartsAt)
            .Select(x => new MeetingSummaryView(x.Meeting.Id, x.Meeting.Title, x.Meeting.Kind, x.Meeting.StartsAt, x.Meeting.Place, x.Meeting.Status,
                x.Meeting.Agenda.Count, x.Entry))
            .ToList();
    }

    /// <summary>
    /// The board as <paramref name="viewer"/> may see it: each card through the consent gate, and an audit record for every
    /// display of personal information of a case without consent (C6), once per reader, case and visit (<see cref="Audit.DisclosureAuditWindow"/>).
    /// </summary>
    public async Task<MeetingBoardView?> GetBoardAsync(Guid meetingId, Caller viewer, CancellationToken ct = default)
    {
        viewer.Require(Operation.ViewBoard);
        if (await LoadAsync(meetingId, ct) is not { } loaded) return null;
        var (meeting, cases) = loaded;
        MeetingAccess.RequireMayOpen(meeting, viewer);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        var (board, disclosed) = BoardReadModel.Build(meeting, cases, meeting.ParticipantOf(viewer.Actor.Id), names, clock.GetUtcNow());
        await audit.AppendAsync(disclosures.Fresh(disclosed), ct);
        return board;
    }

    /// <summary>
    /// The meeting as the 事務局 prepares it: agenda and participants with every case pseudonymised (as for someone outside
    /// the meeting), so that preparing shows — and audits — no personal information.
    /// </summary>
    public async Task<MeetingBoardView?> GetPreparationViewAsync(Guid meetingId, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.PrepareMeeting);
        if (await LoadAsync(meetingId, ct) is not { } loaded) return null;
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        return BoardReadModel.Build(loaded.Meeting, loaded.Cases, null, names, clock.GetUtcNow()).Board;
    }

    /// <summary>
    /// What a reconnecting viewer missed (at most <paramref name="limit"/> entries; the rest from the last one on), each entry
    /// as the consent gate lets this viewer receive it.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAfterAsync(Guid meetingId, long afterSequence, Caller viewer, int limit = int.MaxValue, CancellationToken ct = default)
    {
        viewer.Require(Operation.ViewBoard);
        var (meeting, cases) = await LoadAsync(meetingId, ct) ?? throw MeetingErrors.NotFound();
        MeetingAccess.RequireMayOpen(meeting, viewer);
        var entries = await journal.ReadPageAfterAsync(meetingId, afterSequence, limit, ct);
        var participant = meeting.ParticipantOf(viewer.Actor.Id);
        return [.. entries.Select(e => JournalRedaction.For(e, meeting, participant, cases))];
    }

    /// <summary>
    /// Several meetings at once (three queries, not three per meeting), each with exactly the cases on its own agenda, as
    /// <see cref="LoadAsync"/> gives them: what the gate decides on must not see another meeting's cases.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, (Meeting Meeting, IReadOnlyDictionary<Guid, SupportCase> Cases)>> LoadManyAsync(
        IReadOnlyCollection<Guid> meetingIds, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToListAsync(ct);
        var caseIds = found.SelectMany(m => m.Agenda.Select(a => a.CaseId)).Distinct().ToList();
        var cases = await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return found.ToDictionary(m => m.Id, m => (m, (IReadOnlyDictionary<Guid, SupportCase>)m.Agenda
            .Where(a => cases.ContainsKey(a.CaseId)).ToDictionary(a => a.CaseId, a => cases[a.CaseId])));
    }

    /// <summary>The meeting and the cases on its agenda, as they are now: what the gate decides on.</summary>
    public async Task<(Meeting Meeting, IReadOnlyDictionary<Guid, SupportCase> Cases)?> LoadAsync(Guid meetingId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        var caseIds = meeting.Agenda.Select(a => a.CaseId).ToList();
        var cases = await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return (meeting, cases);
    }
}
