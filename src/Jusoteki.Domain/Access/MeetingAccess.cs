using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Access;

/// <summary>
/// Who may open a meeting at all (before the consent gate decides what they see in it): its participants, and the city's
/// chair, 事務局 and 多機関協働コーディネーター who run the meetings. An agency member not invited to a meeting may not.
/// </summary>
public static class MeetingAccess
{
    public static bool MayOpen(Meeting meeting, Caller caller) =>
        meeting.Participants.Any(p => p.UserId == caller.Actor.Id)
        || caller.Roles.Overlaps([AppRoles.Chair, AppRoles.Secretariat, AppRoles.Coordinator]);

    public static void RequireMayOpen(Meeting meeting, Caller caller)
    {
        if (!MayOpen(meeting, caller))
            throw new Common.DomainException("access.not-invited", "この会議に招かれていないため、開くことができません。");
    }
}
