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

    /// <summary>
    /// Minutes the reader may see, newest first, filtered. The text search runs on what this reader would read, except that
    /// a case without consent is searched as its pseudonymised card even by a reader who may open it in full: the list shows
    /// pseudonyms only and is not audited, so a hit must not confirm a name or a word about such a case (C6 stays with opening it).
    /// </summary>
    public async Task<IReadOnlyList<MinutesListItem>> LibraryAsync(MinutesFilter filter, Caller reader, CancellationToken ct = default)
    {
        reader.Require(Operation.ReadMinutes);
        var agencyName = filter.AgencyId is { } id ? (await agencies.FindAsync(id, ct))?.Name : null;
        var items = new List<MinutesListItem>();
        foreach (var stored in await minutes.ListAsync(ct))
        {
            if (await meetings.LoadAsync(stored.MeetingId, ct) is not { } loaded) continue;
            var meeting = loaded.Meeting;
            if (filter.FiscalYear is { } year && meeting.FiscalYear != year) continue;
            if (filter.Kind is { } kind && meeting.Kind != kind) continue;
            MinutesView view;
            try
            {
                (view, _) = await ViewAsync(meeting, loaded.Cases, stored, reader, null, ct);
            }
            catch (DomainException)
            {
                continue; // nothing this reader may see yet (e.g. a draft)
            }
            if (agencyName is not null && view.Header.Attendees.All(a => a.Agency != agencyName) && view.Cases.SelectMany(c => c.Section.Roles).All(r => r.Agency != agencyName)) continue;
            if (!string.IsNullOrWhiteSpace(filter.Pseudonym) && !view.Cases.Any(c => c.Section.Pseudonym.Contains(filter.Pseudonym.Trim(), StringComparison.OrdinalIgnoreCase))) continue;
            if (!string.IsNullOrWhiteSpace(filter.Text))
            {
                var (searchable, _) = await ViewAsync(meeting, loaded.Cases, stored, reader, null, ct, withoutAuditedCases: true);
                if (!MinutesMarkdown.Render(searchable).Contains(filter.Text.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            }
            items.Add(new MinutesListItem(meeting.Id, meeting.Title, meeting.Kind, meeting.StartsAt, view.Version, view.Status, view.ApprovedAt,
                [.. view.Cases.Select(c => c.Section.Pseudonym)], view.AnyRedacted));
        }
        return [.. items.OrderByDescending(i => i.StartsAt)];
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
