using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Reports;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.UI;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Reports;

/// <summary>
/// One 社会資源の不足 as the 事務局 checks it: the meeting it was noted in, the case's pseudonym, the words as noted — only
/// when the gate (C10) lets this reader see the case's free text — and the approval so far (none: 未承認).
/// </summary>
public sealed record ResourceGapForReview(
    Guid MeetingId, long Sequence, string Meeting, string CasePseudonym, string? NotedText, ResourceGapApproval? Approval)
{
    public int Revision => Approval?.Revision ?? 0;
}

/// <summary>
/// The 事務局's check of each 社会資源の不足's wording (C8): lists a year's gaps with their approvals, and approves a wording
/// through <see cref="ResourceGapRules"/>. The approval and its audit record are saved together; the audit names the gap,
/// category and revision, never the words.
/// </summary>
public sealed class ResourceGapReviews(IDbContextFactory<JusotekiDbContext> contexts, CaseReaders readers, AuditLog audit, TimeProvider clock)
{
    public const string Surface = "社会資源の不足の確認";

    public async Task<IReadOnlyList<ResourceGapForReview>> ForYearAsync(int fiscalYear, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ApproveResourceGapWording);
        var reader = await readers.ForAsync(caller, ct);
        var (now, today) = (readers.Now, readers.Today);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var held = (await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Closed).ToListAsync(ct))
            .Where(m => m.FiscalYear == fiscalYear).ToDictionary(m => m.Id);
        var ids = held.Keys.ToList();
        var noted = (await db.Journal.AsNoTracking().Where(j => ids.Contains(j.StreamId) && j.EventType == nameof(ResourceGapNoted)).ToListAsync(ct))
            .Select(JournalEventSerializer.ToEntry).OrderBy(e => held[e.MeetingId].StartsAt).ThenBy(e => e.Sequence).ToList();
        var approvals = (await db.ResourceGapApprovals.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync(ct))
            .ToDictionary(a => (a.MeetingId, a.Sequence));
        var caseIds = noted.Select(e => ((ResourceGapNoted)e.Event).CaseId).Distinct().ToList();
        var cases = await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var shown = new Dictionary<Guid, AuditRecord>();
        var rows = noted.Select(e =>
        {
            var gap = (ResourceGapNoted)e.Event;
            var meeting = held[e.MeetingId];
            var supportCase = cases.GetValueOrDefault(gap.CaseId);
            var (mayRead, record) = supportCase is null ? (false, null) : ResourceGapSight.Of(meeting, supportCase, reader, today, now, Surface);
            if (record is not null) shown.TryAdd(gap.CaseId, record);
            return new ResourceGapForReview(e.MeetingId, e.Sequence, $"{JapaneseFormat.Wareki(meeting.Day)} {meeting.Kind.JapaneseName()}",
                supportCase?.Pseudonym ?? "—", mayRead ? gap.Text : null, approvals.GetValueOrDefault((e.MeetingId, e.Sequence)));
        }).ToList();
        // C6: the noted words of a case without consent were shown — once per case and visit.
        await audit.AppendAsync([.. shown.Values], ct);
        return rows;
    }

    /// <summary>
    /// Approves <paramref name="wording"/> and <paramref name="category"/> for the gap noted at <paramref name="sequence"/> of
    /// <paramref name="meetingId"/>'s journal, from the revision the 事務局 saw; returns the stored approval.
    /// </summary>
    public async Task<ResourceGapApproval> ApproveAsync(Guid meetingId, long sequence, int expectedRevision, string? wording, string? category,
        Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ApproveResourceGapWording);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw ResourceGapErrors.NotFound();
        var record = await db.Journal.AsNoTracking().SingleOrDefaultAsync(j => j.StreamId == meetingId && j.Sequence == sequence, ct);
        if (record is null || record.EventType != nameof(ResourceGapNoted)) throw ResourceGapErrors.NotFound();
        var noted = (ResourceGapNoted)JournalEventSerializer.ToEntry(record).Event;
        var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == noted.CaseId, ct);
        var names = await KnownPersonNames.ReadAsync(db, ct);
        // Only one who may read the words as noted rewrites them; that reading is the one C6 recorded on the review list.
        var mayRead = supportCase is not null && ResourceGapSight.Of(meeting, supportCase, await readers.ForAsync(caller, ct), readers.Today, now, Surface).MayRead;
        var gap = new NotedResourceGap(meetingId, sequence, noted.CaseId, meeting.FiscalYear, meeting.Status == MeetingStatus.Closed);
        var current = await db.ResourceGapApprovals.SingleOrDefaultAsync(a => a.MeetingId == meetingId && a.Sequence == sequence, ct);
        var change = ResourceGapRules.Approve(caller, gap, current, expectedRevision, wording, category, names, mayRead);
        if (current is null)
        {
            current = new ResourceGapApproval(change, caller.Actor.DisplayName, now);
            db.ResourceGapApprovals.Add(current);
        }
        else current.Reapprove(change, caller.Actor.DisplayName, now);
        // The words stay out of the audit detail: it says which gap, which category and which revision.
        var detail = $"{FiscalYear.JapaneseName(gap.FiscalYear)} {JapaneseFormat.Wareki(meeting.Day)}の{meeting.Kind.JapaneseName()}で挙がった社会資源の不足"
            + $"（{supportCase?.Pseudonym ?? "—"}・記録{sequence}）の文言を{(change.Revision == 1 ? "承認" : "承認し直し")}：分類「{change.Category.JapaneseName()}」（第{change.Revision}版）";
        try
        {
            await audit.SaveWithAuditAsync(db, [new AuditRecord(now, "report.resource-gap-approved", caller.Actor.Id, caller.Actor.DisplayName, meetingId, noted.CaseId, detail)],
                () => db.SaveChangesAsync(ct), ct);
        }
        catch (DbUpdateException)
        {
            // Another 事務局 approved the same gap first (same key, or the revision moved on): nothing of this one was stored.
            throw ResourceGapErrors.Stale();
        }
        return current;
    }
}
