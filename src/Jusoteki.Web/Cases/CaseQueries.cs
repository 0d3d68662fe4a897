using System.Collections.Immutable;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Cases;

/// <summary>
/// Read models of cases outside a meeting — the coordinator's board, its views and exports, and the case page. Each checks
/// the permission table, then hands every case through <see cref="CaseGate"/> for this reader (C10); the audit records of
/// unconsented personal information shown go to the page visit's <see cref="CaseDisclosureLog"/> (C6).
/// </summary>
public sealed class CaseQueries(IDbContextFactory<JusotekiDbContext> contexts, SupportCaseRepository repository, CaseReaders readers, AgencyDirectory agencies)
{
    public const string BoardSurface = "進行管理台帳";
    public const string PageSurface = "ケースの記録";
    public const string ExportSurface = "進行管理台帳の出力";

    /// <summary>How many cards a column of the board shows at first, and how many more each 「さらに表示」 adds.</summary>
    public const int ColumnPageSize = 50;

    /// <summary>
    /// Every case as a card, filtered (the exports); the name is searched only among cases the reader may see in full. The
    /// store narrows the cases on plain columns (<see cref="CaseBoardNarrowing"/>); only those are read and gated.
    /// </summary>
    public async Task<IReadOnlyList<CaseCardSummary>> BoardAsync(Caller caller, CaseBoardFilter filter, CaseDisclosureLog log, string surface = BoardSurface, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewCases);
        var read = await BoardReadAsync(caller, filter, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cards = await CardsAsync(db, await Narrowed(db, read).ToListAsync(ct), read, ct);
        await AuditAsync(cards, read, log, surface, ct);
        return [.. cards.Select(c => c.Card)];
    }

    /// <summary>
    /// The board a column at a time: per stage the count of the filter's cases and the first <paramref name="shown"/> of them
    /// by pseudonym (<see cref="ColumnPageSize"/> where not given). When the store can decide the whole filter, it counts (GROUP BY)
    /// and pages; only the shown cases are read and gated. Otherwise the narrowed cases are read and the cards decide. Either way
    /// every case of the filter is counted, gated or not, as the board has always shown (a pseudonymised card is still a card).
    /// </summary>
    public async Task<CaseBoardView> BoardViewAsync(Caller caller, CaseBoardFilter filter, CaseDisclosureLog log,
        IReadOnlyDictionary<LifecycleStage, int>? shown = null, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewCases);
        var read = await BoardReadAsync(caller, filter, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        int Shown(LifecycleStage stage) => shown?.GetValueOrDefault(stage, ColumnPageSize) ?? ColumnPageSize;
        if (read.Residue)
        {
            var cards = await CardsAsync(db, await Narrowed(db, read).ToListAsync(ct), read, ct);
            var columns = Enum.GetValues<LifecycleStage>().Select(stage =>
            {
                var inStage = cards.Where(c => c.Card.Stage == stage).ToList();
                return (Column: new CaseBoardColumn(stage, inStage.Count, Shown(stage), [.. inStage.Take(Shown(stage)).Select(c => c.Card)]), Shown: inStage.Take(Shown(stage)));
            }).ToList();
            await AuditAsync([.. columns.SelectMany(c => c.Shown)], read, log, BoardSurface, ct);
            return new CaseBoardView([.. columns.Select(c => c.Column)]);
        }
        var counts = await CountsAsync(db, read, ct);
        var empty = new CaseBoardView([.. Enum.GetValues<LifecycleStage>().Select(stage => new CaseBoardColumn(stage, counts.GetValueOrDefault(stage), Shown(stage), []))]);
        return await FillAsync(db, empty, read, log, ct);
    }

    /// <summary>「さらに表示」 on one column: the next <see cref="ColumnPageSize"/> cards after those shown.</summary>
    public async Task<CaseBoardView> MoreAsync(CaseBoardView view, LifecycleStage stage, Caller caller, CaseBoardFilter filter, CaseDisclosureLog log, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        caller.Require(Operation.ViewCases);
        var more = view with { Columns = [.. view.Columns.Select(c => c.Stage == stage ? c with { Shown = c.Shown + ColumnPageSize } : c)] };
        var read = await BoardReadAsync(caller, filter, ct);
        if (read.Residue) return await BoardViewAsync(caller, filter, log, ShownOf(more), ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await FillAsync(db, more, read, log, ct);
    }

    /// <summary>
    /// One case changed (the case feed): the counts again (GROUP BY), that case read and gated again and put in its place —
    /// left out, moved to its stage, or kept where it sorts among the shown cards — and a column that lost a card filled
    /// from the store. Nothing else is read. With a filter the store cannot decide alone, the board is read again.
    /// </summary>
    public async Task<CaseBoardView> RefreshCaseAsync(CaseBoardView view, Guid caseId, Caller caller, CaseBoardFilter filter, CaseDisclosureLog log, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        caller.Require(Operation.ViewCases);
        var read = await BoardReadAsync(caller, filter, ct);
        if (read.Residue) return await BoardViewAsync(caller, filter, log, ShownOf(view), ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await CountsAsync(db, read, ct);
        var changed = await CardsAsync(db, await Narrowed(db, read).Where(c => c.Id == caseId).ToListAsync(ct), read, ct);
        var columns = view.Columns.Select(column =>
        {
            var cards = column.Cards.RemoveAll(c => c.CaseId == caseId);
            if (changed is [var one] && one.Card.Stage == column.Stage
                && (column.Cards.Count >= column.Count || column.Cards.IsEmpty || string.CompareOrdinal(one.Card.Pseudonym, column.Cards[^1].Pseudonym) < 0))
            {
                var at = cards.FindIndex(c => string.CompareOrdinal(c.Pseudonym, one.Card.Pseudonym) > 0);
                cards = at < 0 ? cards.Add(one.Card) : cards.Insert(at, one.Card);
            }
            var count = counts.GetValueOrDefault(column.Stage);
            return column with { Count = count, Cards = cards.Count > Math.Min(column.Shown, count) ? cards.RemoveRange(Math.Min(column.Shown, count), cards.Count - Math.Min(column.Shown, count)) : cards };
        }).ToImmutableList();
        var shownChanged = changed.Where(c => columns.Any(col => col.Cards.Any(card => card.CaseId == c.Card.CaseId))).ToList();
        await AuditAsync(shownChanged, read, log, BoardSurface, ct);
        return await FillAsync(db, new CaseBoardView(columns), read, log, ct);
    }

    private static Dictionary<LifecycleStage, int> ShownOf(CaseBoardView view) => view.Columns.ToDictionary(c => c.Stage, c => c.Shown);

    // Each column gets the cards it lacks (up to what it shows and what it counts), after its last shown card by pseudonym.
    private async Task<CaseBoardView> FillAsync(JusotekiDbContext db, CaseBoardView view, BoardRead read, CaseDisclosureLog log, CancellationToken ct)
    {
        var columns = new List<CaseBoardColumn>();
        var added = new List<GatedCard>();
        foreach (var column in view.Columns)
        {
            var missing = Math.Min(column.Shown, column.Count) - column.Cards.Count;
            if (missing <= 0) { columns.Add(column); continue; }
            var stage = column.Stage;
            var after = column.Cards.IsEmpty ? null : column.Cards[^1].Pseudonym;
            var next = Narrowed(db, read).Where(c => c.Stage == stage);
            if (after is not null) next = next.Where(c => string.Compare(c.Pseudonym, after) > 0);
            var cards = await CardsAsync(db, await next.OrderBy(c => c.Pseudonym).Take(missing).ToListAsync(ct), read, ct);
            added.AddRange(cards);
            columns.Add(column with { Cards = column.Cards.AddRange(cards.Select(c => c.Card)) });
        }
        await AuditAsync(added, read, log, BoardSurface, ct);
        return new CaseBoardView([.. columns]);
    }

    private static async Task<Dictionary<LifecycleStage, int>> CountsAsync(JusotekiDbContext db, BoardRead read, CancellationToken ct) =>
        await Narrowed(db, read).GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count, ct);

    private static IQueryable<SupportCase> Narrowed(JusotekiDbContext db, BoardRead read) =>
        CaseBoardNarrowing.Narrow(db.SupportCases.AsNoTracking(), read.Filter, read.Today);

    private async Task<BoardRead> BoardReadAsync(Caller caller, CaseBoardFilter filter, CancellationToken ct)
    {
        var reader = await readers.ForAsync(caller, ct);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        var everyFull = CaseGate.SeesEveryCaseInFull(reader);
        return new BoardRead(reader, filter, names, readers.Today, CaseBoardNarrowing.LeavesResidue(filter, everyFull));
    }

    // The cards of these cases as this reader sees them, those the whole filter keeps, by pseudonym; the last held meeting of
    // each is looked up for these cases only.
    private static async Task<List<GatedCard>> CardsAsync(JusotekiDbContext db, List<SupportCase> cases, BoardRead read, CancellationToken ct)
    {
        if (cases.Count == 0) return [];
        var ids = cases.Select(c => c.Id).ToList();
        var held = db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Closed)
            .SelectMany(m => m.Agenda, (m, a) => new { a.CaseId, m.Title, m.StartsAt });
        // A long list of ids is no narrower than every held meeting's agenda.
        if (ids.Count <= 500) held = held.Where(a => ids.Contains(a.CaseId));
        var last = (await held.ToListAsync(ct)).GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.StartsAt)!.Title);
        var cards = new List<GatedCard>();
        foreach (var supportCase in cases.OrderBy(c => c.Pseudonym, StringComparer.Ordinal))
        {
            var sight = CaseGate.Decide(supportCase, read.Reader, read.Today);
            var card = Card(supportCase, sight, read.Names, last.GetValueOrDefault(supportCase.Id), read.Today);
            if (Matches(card, supportCase, read.Filter, read.Today)) cards.Add(new GatedCard(supportCase, sight, card));
        }
        return cards;
    }

    private async Task AuditAsync(IReadOnlyCollection<GatedCard> cards, BoardRead read, CaseDisclosureLog log, string surface, CancellationToken ct)
    {
        var audit = cards.Where(c => c.Sight.IsFull)
            .Select(c => CaseGate.Disclose(c.Case, read.Reader, read.Today, readers.Now, surface).Audit).OfType<AuditRecord>().ToList();
        await log.RecordAsync(audit, ct);
    }

    private sealed record BoardRead(CaseReader Reader, CaseBoardFilter Filter, Dictionary<Guid, string> Names, DateOnly Today, bool Residue);

    private sealed record GatedCard(SupportCase Case, CaseSight Sight, CaseCardSummary Card);

    /// <summary>「期限超過の役割」 across all cases; a role's text only where the reader sees its case in full (C6 as on the board).</summary>
    public async Task<IReadOnlyList<OverdueRoleLine>> OverdueRolesAsync(Caller caller, CaseDisclosureLog log, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewCases);
        var (reader, cases, names) = await LoadAsync(caller, ct);
        var today = readers.Today;
        var lines = new List<OverdueRoleLine>();
        var audit = new List<AuditRecord>();
        foreach (var supportCase in cases.Where(c => c.OverdueRoles(today).Any()))
        {
            var (sight, record) = CaseGate.Disclose(supportCase, reader, today, readers.Now, BoardSurface);
            if (record is not null) audit.Add(record);
            lines.AddRange(supportCase.OverdueRoles(today).Select(role => new OverdueRoleLine(supportCase.Id,
                sight.IsFull ? $"{supportCase.Pseudonym}　{supportCase.PersonName}" : supportCase.Pseudonym, role.Id,
                names.GetValueOrDefault(role.AgencyId, "（不明な機関）"), sight.IsFull ? role.Description : null, role.DueDate, role.Status)));
        }
        await log.RecordAsync(audit, ct);
        return [.. lines.OrderBy(l => l.DueDate)];
    }

    /// <summary>The case page for this reader, or null when there is no such case.</summary>
    public async Task<CaseRecordView?> CaseAsync(Guid caseId, Caller caller, CaseDisclosureLog log, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewCases);
        var reader = await readers.ForAsync(caller, ct);
        if (await repository.FindAsync(caseId, ct) is not { } supportCase) return null;
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meetings = (await db.Meetings.AsNoTracking().ToListAsync(ct)).Where(m => m.HasOnAgenda(caseId)).OrderBy(m => m.StartsAt).ToList();
        var today = readers.Today;
        var (sight, audit) = CaseGate.Disclose(supportCase, reader, today, readers.Now, PageSurface);
        if (audit is not null) await log.RecordAsync([audit], ct);
        var card = Card(supportCase, sight, names, meetings, today);
        var consent = supportCase.CurrentConsent;
        var view = new CaseRecordView(card, sight.Reason, supportCase.PseudonymisedSummary, supportCase.Outreach, supportCase.ParticipationSupport,
            supportCase.HasConsent ? consent?.ExpiresOn : null, supportCase.IsConsentExpiredOn(today), null, [], [], [], null, [], null, [],
            [.. meetings.Select(m => new CaseMeetingView(m.Id, m.Title, m.StartsAt, m.Status.JapaneseName(), null))],
            [.. Enum.GetValues<LifecycleStage>().Where(s => LifecycleStages.CanMove(supportCase.Stage, s))]);
        if (!sight.IsFull) return view;

        var history = await repository.ReadHistoryAsync(caseId, ct);
        var titles = (await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Title }).ToListAsync(ct)).ToDictionary(m => m.Id, m => m.Title);
        string Agency(Guid id) => names.GetValueOrDefault(id, "（不明な機関）");
        var plan = supportCase.Plans.MaxBy(p => p.Version);
        return view with
        {
            Intake = supportCase.Intake is { } intake
                ? new IntakeView(intake.ReceivedOn, Agency(intake.ReceivingAgencyId), intake.Route.JapaneseName(), intake.ChiefComplaint, intake.BirthDate, intake.Address, intake.ConsentObtainedAtIntake)
                : null,
            Household = [.. supportCase.Household],
            Assessments = [.. supportCase.Assessments],
            ConsentHistory = [.. supportCase.ConsentHistory.Select(r => new ConsentLine(r.Number, r.State.JapaneseName(), r.Date, r.Method?.JapaneseName(), r.RecordedBy,
                [.. r.Scope.Select(Agency)], r.Signer is ConsentSigner.Representative ? $"代理人（{r.RepresentativeRelation}）" : r.Signer is null ? null : "本人", r.PaperLocation, r.ExpiresOn))],
            Direction = supportCase.Direction is { } d ? new CarriedDirectionView(d.MeetingTitle, d.SupportPolicy, d.Watching, d.DecidedAt) : null,
            Roles = [.. supportCase.Roles.Where(r => !r.IsWithdrawn).OrderBy(r => r.Status == RoleStatus.Done).ThenBy(r => r.DueDate)
                .Select(r => new CaseRoleView(r.Id, Agency(r.AgencyId), r.Description, r.DueDate, r.Status, r.IsOverdue(today), r.Notes.LastOrDefault()))],
            Plan = plan is null ? null : new CasePlanView(plan.Version, plan.Status, [.. plan.Goals.Select(g => g.Text)]),
            // Newest first by the day it happened (a contact is dated by the agency), then by when it was written.
            Timeline = [.. CaseTimeline.Of(history, supportCase, Agency, id => titles.GetValueOrDefault(id, "（不明な会議）"))
                .OrderByDescending(t => t.Date ?? Domain.Common.JapanTime.DateOf(t.At)).ThenByDescending(t => t.At)],
            Meetings = [.. meetings.Select(m => new CaseMeetingView(m.Id, m.Title, m.StartsAt, m.Status.JapaneseName(),
                m.Agenda.First(a => a.CaseId == caseId).SupportPolicy is { Length: > 0 } policy ? policy : null))],
        };
    }

    /// <summary>Meetings being prepared where the case could go (C2 is checked by the meeting when it is added).</summary>
    public async Task<IReadOnlyList<AgendaTarget>> AgendaTargetsAsync(Guid caseId, Caller caller, CancellationToken ct = default)
    {
        if (!caller.May(Operation.PrepareMeeting)) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        return [.. (await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Preparing && m.Kind != MeetingKind.RepresentativesMeeting).ToListAsync(ct))
            .Where(m => !m.HasOnAgenda(caseId)).OrderBy(m => m.StartsAt)
            .Select(m => new AgendaTarget(m.Id, m.Title, m.StartsAt, m.Kind == MeetingKind.MultiLayeredSupportMeeting))];
    }

    private async Task<(CaseReader Reader, List<SupportCase> Cases, Dictionary<Guid, string> Names)> LoadAsync(Caller caller, CancellationToken ct)
    {
        var reader = await readers.ForAsync(caller, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = await db.SupportCases.AsNoTracking().ToListAsync(ct);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        return (reader, cases, names);
    }

    private static CaseCardSummary Card(SupportCase c, CaseSight sight, IReadOnlyDictionary<Guid, string> names, IReadOnlyList<Meeting> meetings, DateOnly today) =>
        Card(c, sight, names, meetings.Where(m => m.Status == MeetingStatus.Closed && m.HasOnAgenda(c.Id)).MaxBy(m => m.StartsAt)?.Title, today);

    private static CaseCardSummary Card(SupportCase c, CaseSight sight, IReadOnlyDictionary<Guid, string> names, string? lastMeetingTitle, DateOnly today)
    {
        return new CaseCardSummary(c.Id, c.Pseudonym, sight.IsFull ? c.PersonName : null, sight.IsFull, c.AgeBand + c.Sex, [.. c.Tags], [.. c.Fields], c.Stage,
            c.LeadAgencyId, c.LeadAgencyId is { } lead ? names.GetValueOrDefault(lead, "（不明な機関）") : null,
            c.Consent, c.IsConsentExpiredOn(today), c.ConsentLabelOn(today), c.Urgent, c.NextReviewDate, c.OverdueRoles(today).Count(), lastMeetingTitle);
    }

    private static bool Matches(CaseCardSummary card, SupportCase c, CaseBoardFilter f, DateOnly today)
    {
        if (f.Field is { } field && !card.Fields.Contains(field)) return false;
        if (f.Tag is { } tag && !card.Tags.Contains(tag)) return false;
        if (f.LeadAgencyId is { } lead && card.LeadAgencyId != lead) return false;
        if (f.ConsentLabel is { Length: > 0 } consent && card.ConsentLabel != consent) return false;
        if (f.UrgentOnly && !card.Urgent) return false;
        if (f.OverdueOnly && card.OverdueRoles == 0) return false;
        if (f.NoLeadOnly && card.LeadAgencyId is not null) return false;
        if (f.ReviewWithinDays is { } days && (card.NextReviewDate is not { } review || review < today || review > today.AddDays(days))) return false;
        if (f.ReviewFrom is { } from && (card.NextReviewDate is not { } r1 || r1 < from)) return false;
        if (f.ReviewTo is { } to && (card.NextReviewDate is not { } r2 || r2 > to)) return false;
        if (f.Search?.Trim() is { Length: > 0 } text)
        {
            // The name is searched only where the reader may see it: otherwise a hit would tell them who the case is.
            var hit = card.Pseudonym.Contains(text, StringComparison.OrdinalIgnoreCase) || (card.Full && c.PersonName.Contains(text, StringComparison.Ordinal));
            if (!hit) return false;
        }
        return true;
    }
}
