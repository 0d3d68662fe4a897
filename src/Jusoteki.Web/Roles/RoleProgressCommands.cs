using System.Collections.Concurrent;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Web.Cases;

namespace Jusoteki.Web.Roles;

/// <summary>
/// Between meetings, an agency reports on its roles: 状況 (未着手/対応中/完了/見直し) and 経過記録. Only the agency the role
/// is assigned to, or the city's meeting staff (<see cref="RoleAccess"/>); and, outside a meeting, only what the reader may
/// see of the case (C10, <see cref="CaseGate"/>): a 経過記録 needs the full view, a status the full view or the role's own
/// agency (<see cref="RoleQueries.MayChangeStatus"/>). Each change is announced so open boards show it.
/// Changes to one case run one after another in this process, and a change that meets another writer's save (a board, another
/// server) is tried again on the fresh case, so that two changes sent at the same moment both land.
/// </summary>
public sealed class RoleProgressCommands(SupportCaseRepository cases, ICaseFeed feed, CaseReaders readers, TimeProvider clock)
{
    /// <summary>How often a change is tried when another writer saved the same case first.</summary>
    public const int Attempts = 5;

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _perCase = new();

    public Task ChangeStatusAsync(Guid caseId, Guid roleId, RoleStatus status, Caller caller, CancellationToken ct = default) =>
        UpdateAsync(caseId, roleId, caller, requireFullView: false, c => c.ChangeRoleStatus(roleId, status, caller.Actor, clock.GetUtcNow()), ct);

    public Task AddProgressNoteAsync(Guid caseId, Guid roleId, string? text, Caller caller, CancellationToken ct = default) =>
        UpdateAsync(caseId, roleId, caller, requireFullView: true, c => c.AddProgressNote(roleId, text ?? "", caller.Actor, clock.GetUtcNow()), ct);

    private async Task UpdateAsync(Guid caseId, Guid roleId, Caller caller, bool requireFullView, Action<SupportCase> change, CancellationToken ct)
    {
        caller.Require(Operation.UpdateRoleProgress);
        var reader = await readers.ForAsync(caller, ct);
        var today = readers.Today;
        var turn = _perCase.GetOrAdd(caseId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await cases.UpdateAsync(caseId, supportCase =>
                    {
                        var role = supportCase.Roles.FirstOrDefault(r => r.Id == roleId) ?? throw CaseErrors.RoleNotFound();
                        RoleAccess.RequireMayUpdate(role, caller);
                        var sight = CaseGate.Decide(supportCase, reader, today);
                        if (requireFullView) CaseGateErrors.RequireFull(sight);
                        else if (!RoleQueries.MayChangeStatus(sight, role, caller)) CaseGateErrors.RequireFull(sight);
                        change(supportCase);
                    }, ct);
                    break;
                }
                catch (DomainException conflict) when (conflict.Code == "case.concurrent-update" && attempt < Attempts)
                {
                    // Another writer saved this case first: read it again and apply the change to what is there now.
                }
            }
        }
        finally
        {
            turn.Release();
        }
        await feed.PublishAsync(new CaseChanged(caseId, null), ct);
    }
}
