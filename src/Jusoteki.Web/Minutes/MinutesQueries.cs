using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Minutes;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Minutes;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Minutes;

/// <summary>
/// Reading minutes: one meeting's (a version, or the one the reader may see), and the library. The meeting's staff and
/// participants see drafts (and, while the meeting runs, a live preview); everyone else with the right only approved
/// versions. Each case goes through the consent gate for the reader (C7); showing personal information of an unconsented
/// case is audited (C6) like the board.
/// </summary>
public sealed class MinutesQueries(MinutesRepository minutes, MeetingQueries meetings, MeetingJournal journal, AgencyDirectory agencies,
    AuditLog audit, TimeProvider clock)
{
    public async Task<MinutesView?> GetAsync(Guid meetingId, Caller reader, int? version = null, CancellationToken ct = default)
    {
        reader.Require(Operation.ReadMinutes);
        if (await meetings.LoadAsync(meetingId, ct) is not { } loaded) return null;
        var stored = await minutes.FindAsync(meetingId, ct);
        var (view, disclosed) = await ViewAsync(loaded.Meeting, loaded.Cases, stored, reader, version, ct);
        await audit.AppendAsync(disclosed, ct);
        return view;
    }

    /// <summary>How many minutes the library shows at a time (「さらに表示」 for the next ones).</summary>
    public const int LibraryPageSize = 20;

    /// <summary>
    /// Minutes the reader may see, newest first, filtered, one page at a time: <paramref name="after"/> is the previous page's
    /// <see cref="MinutesLibraryResult.Next"/>. Kind and 年度 are decided on the index of meetings (id and start, no minutes read);
    /// only the meetings a page needs are then read, a batch at a time, and gated for this reader. The text search runs on
    /// what this reader would read, except that a case without consent is searched as its pseudonymised card even by a reader
    /// who may open it in full: the list shows pseudonyms only and is not audited, so a hit must not confirm a name or a word
    /// about such a case (C6 stays with opening it).
    /// </summary>
    public async Task<MinutesLibraryResult> LibraryAsync(MinutesFilter filter, Caller reader, MinutesCursor? after = null,
        int pageSize = LibraryPageSize, CancellationToken ct = default)
    {
        reader.Require(Operation.ReadMinutes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var agencyName = filter.AgencyId is { } id ? (await agencies.FindAsync(id, ct))?.Name : null;
        var remaining = (await minutes.IndexAsync(filter.Kind, ct))
            .Where(e => filter.FiscalYear is not { } year || FiscalYear.Of(e.StartsAt) == year)
            .Where(e => after is null || after.Precedes(e))
            .OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.MeetingId);
        // One more than the page, to know whether there is a next page.
        var found = new List<(MinutesIndexEntry Entry, MinutesListItem Item)>();
        foreach (var batch in remaining.Chunk(pageSize + 1))
        {
            var ids = batch.Select(e => e.MeetingId).ToList();
            var loaded = await meetings.LoadManyAsync(ids, ct);
            var stored = await minutes.FindManyAsync(ids, ct);
            foreach (var entry in batch)
            {
                if (!loaded.TryGetValue(entry.MeetingId, out var one) || !stored.TryGetValue(entry.MeetingId, out var its)) continue;
                if (await ItemAsync(one.Meeting, one.Cases, its, filter, agencyName, reader, ct) is { } item) found.Add((entry, item));
                if (found.Count > pageSize) break;
            }
            if (found.Count > pageSize) break;
        }
        var page = found.Take(pageSize).ToList();
        return new MinutesLibraryResult([.. page.Select(f => f.Item)],
            found.Count > pageSize ? new MinutesCursor(page[^1].Entry.StartsAt, page[^1].Entry.MeetingId) : null);
    }

    // One meeting's line in the library, or null when this reader may see nothing of it yet or a filter leaves it out.
    private async Task<MinutesListItem?> ItemAsync(Meeting meeting, IReadOnlyDictionary<Guid, SupportCase> cases, MeetingMinutes stored,
        MinutesFilter filter, string? agencyName, Caller reader, CancellationToken ct)
    {
        MinutesView view;
        try
        {
            (view, _) = await ViewAsync(meeting, cases, stored, reader, null, ct);
        }
        catch (DomainException)
        {
            return null; // nothing this reader may see yet (e.g. a draft)
        }
        if (agencyName is not null && view.Header.Attendees.All(a => a.Agency != agencyName) && view.Cases.SelectMany(c => c.Section.Roles).All(r => r.Agency != agencyName)) return null;
        if (!string.IsNullOrWhiteSpace(filter.Pseudonym) && !view.Cases.Any(c => c.Section.Pseudonym.Contains(filter.Pseudonym.Trim(), StringComparison.OrdinalIgnoreCase))) return null;
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var (searchable, _) = await ViewAsync(meeting, cases, stored, reader, null, ct, withoutAuditedCases: true);
            if (!MinutesMarkdown.Render(searchable).Contains(filter.Text.Trim(), StringComparison.OrdinalIgnoreCase)) return null;
        }
        return new MinutesListItem(meeting.Id, meeting.Title, meeting.Kind, meeting.StartsAt, view.Version, view.Status, view.ApprovedAt,
            [.. view.Cases.Select(c => c.Section.Pseudonym)], view.AnyRedacted);
    }

    private async Task<(MinutesView View, IReadOnlyList<AuditRecord> Disclosed)> ViewAsync(Meeting meeting, IReadOnlyDictionary<Guid, SupportCase> cases,
        MeetingMinutes? stored, Caller reader, int? version, CancellationToken ct, bool withoutAuditedCases = false)
    {
        var staff = MeetingAccess.MayOpen(meeting, reader);
        var closed = meeting.Status == MeetingStatus.Closed;
        MinutesVersion shown;
        IReadOnlyList<MinutesVersion> versions;
        if (stored is null)
        {
            // Not started yet: the meeting's own people see the draft as the journal stands (a live preview while it runs).
            if (!staff || meeting.Status == MeetingStatus.Preparing) throw MinutesErrors.NotFound();
            var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
            var draft = MinutesDrafter.Draft(await journal.ReadAfterAsync(meeting.Id, 0, ct), cases, names);
            shown = new MinutesVersion(1, draft, new Dictionary<string, string>(), MinutesStatus.Draft, null, "", clock.GetUtcNow(), null, null);
            versions = [];
        }
        else
        {
            versions = staff ? stored.Versions : [.. stored.Versions.Where(v => v.Status == MinutesStatus.Approved)];
            shown = version is { } number
                ? versions.FirstOrDefault(v => v.Number == number) ?? throw MinutesErrors.VersionNotFound()
                : versions.LastOrDefault() ?? throw new DomainException("minutes.not-approved", "この会議の議事録はまだ承認されていません。");
        }

        var reading = meeting.ParticipantOf(reader.Actor.Id);
        var now = clock.GetUtcNow();
        var disclosures = shown.Document.Cases.Where(c => cases.ContainsKey(c.CaseId))
            .ToDictionary(c => c.CaseId, c => ConsentGate.Disclose(meeting, reading, cases[c.CaseId], now));
        var document = MinutesRedaction.For(shown.Document, id => disclosures.TryGetValue(id, out var d) && !(withoutAuditedCases && d.Audit is not null)
            ? d.Visibility : Visibility.Pseudonymised);
        var isCurrentDraft = closed && shown.Status == MinutesStatus.Draft && (stored is null || shown.Number == stored.Current.Number);
        var view = MinutesView.Compose(shown, document, preview: !closed, versions,
            mayEdit: isCurrentDraft && reader.May(Operation.EditMinutes) && MeetingMinutes.IsEditor(meeting, reader.Actor.Id),
            mayApprove: isCurrentDraft && reader.May(Operation.ApproveMinutes) && reading?.Role == MeetingRole.Chair);
        return (view, [.. disclosures.Values.Select(d => d.Audit).OfType<AuditRecord>()]);
    }
}
