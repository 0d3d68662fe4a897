using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Access;

/// <summary>
/// Who may update a role between meetings (状況 and 経過記録): the agency it is assigned to, and the city's chair, 事務局 and
/// 多機関協働コーディネーター who keep track of all roles.
/// </summary>
public static class RoleAccess
{
    public static bool MayUpdate(RoleAssignment role, Caller caller) =>
        caller.AgencyId == role.AgencyId || caller.Roles.Overlaps([AppRoles.Chair, AppRoles.Secretariat, AppRoles.Coordinator]);

    public static void RequireMayUpdate(RoleAssignment role, Caller caller)
    {
        if (!MayUpdate(role, caller)) throw new DomainException("role.other-agency", "他の機関に割り当てられた役割は更新できません。");
    }
}
