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

    /// <summary>Every case as a card, filtered; the name is searched only among cases the reader may see in full.</summary>
    public async Task<IReadOnlyList<CaseCardSummary>> BoardAsync(Caller caller, CaseBoardFilter filter, CaseDisclosureLog log, string surface = BoardSurface, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewCases);
        var (reader, cases, meetings, names) = await LoadAsync(caller, ct);
        var today = readers.Today;
        var audit = new List<AuditRecord>();
        var cards = new List<CaseCardSummary>();
        foreach (var supportCase in cases.OrderBy(c => c.Pseudonym, StringComparer.Ordinal))
        {
            var sight = CaseGate.Decide(supportCase, reader, today);
            var card = Card(supportCase, sight, names, meetings, today);
            if (!Matches(card, supportCase, filter, today)) continue;
            if (sight.IsFull && CaseGate.Disclose(supportCase, reader, today, readers.Now, surface).Audit is { } record) audit.Add(record);
            cards.Add(card);
        }
        await log.RecordAsync(audit, ct);
        return cards;
    }

    /// <summary>「期限超過の役割」 across all cases; a role's text only where the reader sees its case in full (C6 as on the board).</summary>
    public async Task<IReadOnlyList<OverdueRoleLine>> OverdueRolesAsync(Caller caller, CaseDisclosureLog log, CancellationToken ct = default)
    {
        caller.Require(Operation.ViewCases);
        var (reader, cases, _, names) = await LoadAsync(caller, ct);
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

    private async Task<(CaseReader Reader, List<SupportCase> Cases, List<Meeting> Meetings, Dictionary<Guid, string> Names)> LoadAsync(Caller caller, CancellationToken ct)
    {
        var reader = await readers.ForAsync(caller, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = await db.SupportCases.AsNoTracking().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        return (reader, cases, meetings, names);
    }

    private static CaseCardSummary Card(SupportCase c, CaseSight sight, IReadOnlyDictionary<Guid, string> names, IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        var last = meetings.Where(m => m.Status == MeetingStatus.Closed && m.HasOnAgenda(c.Id)).MaxBy(m => m.StartsAt);
        return new CaseCardSummary(c.Id, c.Pseudonym, sight.IsFull ? c.PersonName : null, sight.IsFull, c.AgeBand + c.Sex, [.. c.Tags], [.. c.Fields], c.Stage,
            c.LeadAgencyId, c.LeadAgencyId is { } lead ? names.GetValueOrDefault(lead, "（不明な機関）") : null,
            c.Consent, c.IsConsentExpiredOn(today), c.ConsentLabelOn(today), c.Urgent, c.NextReviewDate, c.OverdueRoles(today).Count(), last?.Title);
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
