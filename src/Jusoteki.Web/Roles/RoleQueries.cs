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

    public async Task<IReadOnlyList<RoleItemView>> ListAsync(Caller caller, CaseDisclosureLog disclosures, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        caller.Require(Operation.UpdateRoleProgress);
        var reader = await readers.ForAsync(caller, ct);
        var (today, now) = (readers.Today, readers.Now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = await db.SupportCases.AsNoTracking().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Title }).ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);

        var lines = new List<RoleItemView>();
        var audits = new List<Domain.Audit.AuditRecord>();
        foreach (var supportCase in cases)
        {
            var roles = supportCase.Roles.Where(r => !r.IsWithdrawn && RoleAccess.MayUpdate(r, caller)).ToList();
            if (roles.Count == 0) continue;
            var (sight, audit) = CaseGate.Disclose(supportCase, reader, today, now, Surface);
            if (audit is not null) audits.Add(audit);
            lines.AddRange(roles.Select(r => new RoleItemView(
                supportCase.Id, supportCase.Pseudonym, r.Id, r.AgencyId, names.GetValueOrDefault(r.AgencyId, "（不明な機関）"),
                r.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, r.DueDate, r.Status, r.IsOverdue(today),
                MayChangeStatus(sight, r, caller),
                sight.IsFull ? new RoleDetails(r.Description, r.ProposedBy, r.ProposedAt, [.. r.Notes]) : null)));
        }
        await disclosures.RecordAsync(audits, ct);
        return [.. lines.OrderBy(l => l.Status == RoleStatus.Done).ThenBy(l => l.DueDate).ThenBy(l => l.CasePseudonym, StringComparer.Ordinal).ThenBy(l => l.RoleId)];
    }

    /// <summary>
    /// The status of a role may be changed by a reader who sees the case in full, or by the agency the role is assigned to
    /// (a completed role no longer gives that agency the full view, yet it may take the role up again). Nobody changes what
    /// they can neither see nor own.
    /// </summary>
    public static bool MayChangeStatus(CaseSight sight, RoleAssignment role, Caller caller) =>
        RoleAccess.MayUpdate(role, caller) && (sight.IsFull || caller.AgencyId == role.AgencyId);
}
