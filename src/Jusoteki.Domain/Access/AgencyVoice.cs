using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Access;

/// <summary>
/// Whose name a record goes under: an agency member receives a consultation, writes a contact or an assessment for their own
/// agency only; the city's meeting staff (議長・事務局・多機関協働コーディネーター) may record for any agency.
/// </summary>
public static class AgencyVoice
{
    public static bool MaySpeakFor(Caller caller, Guid agencyId) =>
        caller.AgencyId == agencyId || caller.Roles.Overlaps([AppRoles.Chair, AppRoles.Secretariat, AppRoles.Coordinator]);

    public static void RequireMaySpeakFor(Caller caller, Guid agencyId)
    {
        if (!MaySpeakFor(caller, agencyId)) throw new DomainException("agency.not-own", "自分の所属機関の分だけ記録できます。");
    }
}
