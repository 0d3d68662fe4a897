using System.Collections.Immutable;
using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Agencies;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Web.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Roles;

/// <summary>One line of 「担当の役割」: a role the caller may update, with its case's pseudonym (never the person's name) and its agency.</summary>
public sealed record RoleItemView(Guid CaseId, string CasePseudonym, string AgencyName, string? MeetingTitle, RoleView Role);

/// <summary>
/// 「担当の役割」 — the roles an agency holds across all cases, and for the city's meeting staff every agency's. Cases appear
/// by pseudonym only: this page is outside any meeting, so it carries no personal information.
/// </summary>
public sealed class RoleQueries(IDbContextFactory<JusotekiDbContext> contexts, AgencyDirectory agencies, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoleItemView>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.UpdateRoleProgress);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cases = await db.SupportCases.AsNoTracking().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Title }).ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        var names = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);
        var today = Domain.Common.JapanTime.DateOf(clock.GetUtcNow());
        return [.. cases
            .SelectMany(c => c.Roles.Select(r => (Case: c, Role: r)))
            .Where(x => RoleAccess.MayUpdate(x.Role, caller))
            .OrderBy(x => x.Role.Status == Domain.Cases.RoleStatus.Done)
            .ThenBy(x => x.Role.DueDate)
            .Select(x => new RoleItemView(x.Case.Id, x.Case.Pseudonym, names.GetValueOrDefault(x.Role.AgencyId, "（不明な機関）"),
                x.Role.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, BoardReadModel.RoleOf(x.Role, today)))];
    }
}
