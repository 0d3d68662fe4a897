using System.Collections.Immutable;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Cases;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Roles;

/// <summary>
/// One line of 「担当の役割」: a role the caller may update, with its case's pseudonym (never the person's name), its agency,
/// due date and status. What the role is and its 経過記録 are free text about the case: they come only with a full view of the
/// case (C10); otherwise <see cref="Details"/> is null and the line says why.
/// </summary>
public sealed record RoleItemView(
    Guid CaseId,
    string CasePseudonym,
    Guid RoleId,
    Guid AgencyId,
    string AgencyName,
    string? MeetingTitle,
    DateOnly DueDate,
    RoleStatus Status,
    bool Overdue,
    bool MayChangeStatus,
    RoleDetails? Details)
{
    /// <summary>What the line shows in place of the role's text when the reader may not see the case in full.</summary>
    public const string WithheldNote = "役割の内容は表示されません（このケースの個人情報と記録を見る立場にないため）";

    public bool IsWithheld => Details is null;

    /// <summary>A 経過記録 is free text about the case: only a reader with the full view may write one.</summary>
    public bool MayAddNote => Details is not null;
}

/// <summary>
/// 「担当の役割」 as read: the lines on the page, the reader's roles counted by 期限超過, 未完了 and 完了 (counts only, over all of
/// them), and how many lines the filter lets through in all (<see cref="Remaining"/> are not read yet).
/// </summary>
public sealed record RoleList(IReadOnlyList<RoleItemView> Lines, int Overdue, int Open, int Done, int Matching)
{
    public int Remaining => Matching - Lines.Count;
}

/// <summary>The free text of a role: what it is, who proposed it and its 経過記録.</summary>
public sealed record RoleDetails(string Description, string ProposedBy, DateTimeOffset ProposedAt, ImmutableList<ProgressNote> Notes);

/// <summary>
/// 「担当の役割」 — the roles an agency holds across all cases, and for the city's meeting staff every agency's. Every line
/// passes <see cref="CaseGate"/> for the reader: cases appear by pseudonym only, and a role's text and notes only with the
/// full view; a full view of a case without consent is audited (C6) through the page's <see cref="CaseDisclosureLog"/>.
/// </summary>
public sealed class RoleQueries(IDbContextFactory<JusotekiDbContext> contexts, AgencyDirectory agencies, CaseReaders readers)
{
    /// <summary>The surface named in the C6 audit record.</summary>
    public const string Surface = "「担当の役割」";

    /// <summary>
    /// The reader's roles in order (open before 完了, then by due date): the first <paramref name="limit"/> lines that
    /// <paramref name="withDone"/> lets through, and the counts over all of them.
    /// </summary>
    public async Task<RoleList> ListAsync(Caller caller, CaseDisclosureLog disclosures, bool withDone = true, int limit = int.MaxValue,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        caller.Require(Operation.UpdateRoleProgress);
        var reader = await readers.ForAsync(caller, ct);
        var (today, now) = (readers.Today, readers.Now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Every case's roles column only (thousands of cases); a case is read whole, for the gate, only when one of its roles is on the page.
        var all = await db.SupportCases.AsNoTracking().Select(c => new { c.Id, c.Pseudonym, c.Roles }).ToListAsync(ct);
        var mine = all.SelectMany(c => c.Roles.Where(r => !r.IsWithdrawn && RoleAccess.MayUpdate(r, caller)).Select(r => (CaseId: c.Id, c.Pseudonym, Role: r))).ToList();
        var page = mine.Where(x => withDone || x.Role.Status != RoleStatus.Done)
            .OrderBy(x => x.Role.Status == RoleStatus.Done).ThenBy(x => x.Role.DueDate).ThenBy(x => x.Pseudonym, StringComparer.Ordinal).ThenBy(x => x.Role.Id)
            .Take(limit).ToList();

        var caseIds = page.Select(x => x.CaseId).Distinct().ToList();
        var cases = (await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id);
        var meetingIds = page.Select(x => x.Role.MeetingId).OfType<Guid>().Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).Select(m => new { m.Id, m.Title }).ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);

        var sights = new Dictionary<Guid, CaseSight>();
        var audits = new List<Domain.Audit.AuditRecord>();
        var lines = new List<RoleItemView>();
        foreach (var (caseId, _, listed) in page)
        {
            // The whole case is the newer read: a role withdrawn or handed to another agency in between is left out.
            if (!cases.TryGetValue(caseId, out var supportCase) || supportCase.Roles.FirstOrDefault(r => r.Id == listed.Id) is not { } r
                || r.IsWithdrawn || !RoleAccess.MayUpdate(r, caller)) continue;
            if (!sights.TryGetValue(caseId, out var sight))
            {
                (sight, var audit) = CaseGate.Disclose(supportCase, reader, today, now, Surface);
                if (audit is not null) audits.Add(audit);
                sights[caseId] = sight;
            }
            lines.Add(new RoleItemView(
                supportCase.Id, supportCase.Pseudonym, r.Id, r.AgencyId, names.GetValueOrDefault(r.AgencyId, "（不明な機関）"),
                r.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, r.DueDate, r.Status, r.IsOverdue(today),
                MayChangeStatus(sight, r, caller),
                sight.IsFull ? new RoleDetails(r.Description, r.ProposedBy, r.ProposedAt, [.. r.Notes]) : null));
        }
        await disclosures.RecordAsync(audits, ct);
        var done = mine.Count(x => x.Role.Status == RoleStatus.Done);
        return new RoleList(lines, mine.Count(x => x.Role.IsOverdue(today)), mine.Count - done, done, withDone ? mine.Count : mine.Count - done);
    }

    /// <summary>
    /// The status of a role may be changed by a reader who sees the case in full, or by the agency the role is assigned to
    /// (a completed role no longer gives that agency the full view, yet it may take the role up again). Nobody changes what
    /// they can neither see nor own.
    /// </summary>
    public static bool MayChangeStatus(CaseSight sight, RoleAssignment role, Caller caller) =>
        RoleAccess.MayUpdate(role, caller) && (sight.IsFull || caller.AgencyId == role.AgencyId);
}
