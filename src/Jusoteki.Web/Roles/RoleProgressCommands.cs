using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Feed;

namespace Jusoteki.Web.Roles;

/// <summary>
/// Between meetings, an agency reports on its roles: 状況 (未着手/対応中/完了/見直し) and 経過記録. Only the agency the role
/// is assigned to, or the city's meeting staff (<see cref="RoleAccess"/>); each change is announced so open boards show it.
/// </summary>
public sealed class RoleProgressCommands(SupportCaseRepository cases, ICaseFeed feed, TimeProvider clock)
{
    public Task ChangeStatusAsync(Guid caseId, Guid roleId, RoleStatus status, Caller caller, CancellationToken ct = default) =>
        UpdateAsync(caseId, roleId, caller, c => c.ChangeRoleStatus(roleId, status, caller.Actor, clock.GetUtcNow()), ct);

    public Task AddProgressNoteAsync(Guid caseId, Guid roleId, string? text, Caller caller, CancellationToken ct = default) =>
        UpdateAsync(caseId, roleId, caller, c => c.AddProgressNote(roleId, text ?? "", caller.Actor, clock.GetUtcNow()), ct);

    private async Task UpdateAsync(Guid caseId, Guid roleId, Caller caller, Action<SupportCase> change, CancellationToken ct)
    {
        caller.Require(Operation.UpdateRoleProgress);
        await cases.UpdateAsync(caseId, supportCase =>
        {
            var role = supportCase.Roles.FirstOrDefault(r => r.Id == roleId) ?? throw CaseErrors.RoleNotFound();
            RoleAccess.RequireMayUpdate(role, caller);
            change(supportCase);
        }, ct);
        await feed.PublishAsync(new CaseChanged(caseId, null), ct);
    }
}
