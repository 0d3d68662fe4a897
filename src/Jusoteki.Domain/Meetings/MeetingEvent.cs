using Jusoteki.Domain.Cases;

namespace Jusoteki.Domain.Meetings;

/// <summary>Something that happened in a meeting. Every change to a meeting is one of these, appended to its journal.</summary>
public abstract record MeetingEvent;

/// <summary>
/// An event about one case on the agenda: what the meeting recorded for it. What a viewer receives of it is decided by the
/// consent gate (<see cref="Consent.JournalRedaction"/>).
/// </summary>
public interface ICaseEvent
{
    Guid CaseId { get; }
}

/// <summary>The meeting was called: always the first entry of its journal.</summary>
public sealed record MeetingScheduled(MeetingKind Kind, string Title, DateTimeOffset StartsAt, string Place) : MeetingEvent;

public sealed record CaseAddedToAgenda(Guid CaseId) : MeetingEvent;

/// <summary>A case left the agenda, with the reason people read (e.g. C2: consent withdrawn). Names no person.</summary>
public sealed record CaseRemovedFromAgenda(Guid CaseId, string Reason) : MeetingEvent;

public sealed record ParticipantAdded(Guid ParticipantId, string DisplayName, string? UserId, Guid? AgencyId, MeetingRole Role,
    IReadOnlyList<Guid> InvitedCaseIds, Guid? PersonOfCaseId) : MeetingEvent;

public sealed record AttendanceRecorded(Guid ParticipantId, Attendance Attendance) : MeetingEvent;

/// <summary>守秘義務の誓約 — for this meeting, or standing for <paramref name="FiscalYear"/>.</summary>
public sealed record PledgeRecorded(Guid ParticipantId, PledgeKind Kind, int? FiscalYear) : MeetingEvent;

/// <summary>開会 — the chair opened the meeting.</summary>
public sealed record MeetingOpened : MeetingEvent;

/// <summary>閉会 — the chair closed the meeting; from now on it is read-only.</summary>
public sealed record MeetingClosed : MeetingEvent;

/// <summary>The chair put a case in focus (or none).</summary>
public sealed record FocusChanged(Guid? CaseId) : MeetingEvent;

/// <summary>支援方針 of an agenda case was edited; <paramref name="Version"/> is the field's new version.</summary>
public sealed record SupportPolicyEdited(Guid CaseId, string Text, int Version) : MeetingEvent, ICaseEvent;

/// <summary>見守り — who watches over the case and how.</summary>
public sealed record WatchingEdited(Guid CaseId, string Text, int Version) : MeetingEvent, ICaseEvent;

/// <summary>各機関の情報 — what one agency knows of the case; versioned per agency.</summary>
public sealed record AgencyNoteEdited(Guid CaseId, Guid AgencyId, string Text, int Version) : MeetingEvent, ICaseEvent;

/// <summary>次回確認日</summary>
public sealed record NextReviewDateSet(Guid CaseId, DateOnly Date) : MeetingEvent, ICaseEvent;

/// <summary>社会資源の不足 — a gap in local resources found in this case, for 地域づくり.</summary>
public sealed record ResourceGapNoted(Guid CaseId, string Text) : MeetingEvent, ICaseEvent;

/// <summary>役割分担 — a role assigned in this meeting (also recorded on the case).</summary>
public sealed record RoleAssignedInMeeting(Guid CaseId, Guid RoleId, Guid AgencyId, string Description, DateOnly DueDate) : MeetingEvent, ICaseEvent;

/// <summary>訂正 of a role in this meeting: the role as it now stands and the reason given ("" if none). Also on the case.</summary>
public sealed record RoleCorrectedInMeeting(Guid CaseId, Guid RoleId, Guid AgencyId, string Description, DateOnly DueDate, string Reason) : MeetingEvent, ICaseEvent;

/// <summary>取り下げ of a role in this meeting, with the reason. Also on the case; the role is kept, marked withdrawn.</summary>
public sealed record RoleWithdrawnInMeeting(Guid CaseId, Guid RoleId, string Reason) : MeetingEvent, ICaseEvent;

/// <summary>主担当機関 decided in this meeting (also recorded on the case).</summary>
public sealed record LeadAgencySetInMeeting(Guid CaseId, Guid AgencyId) : MeetingEvent, ICaseEvent;

/// <summary>A version of the 支援プラン drafted in this meeting (also recorded on the case).</summary>
public sealed record PlanDraftedInMeeting(Guid CaseId, Guid PlanId, int Version, IReadOnlyList<PlanGoal> Goals) : MeetingEvent, ICaseEvent;

/// <summary>支援プラン adopted in this 重層的支援会議 (also recorded on the case).</summary>
public sealed record PlanAdoptedInMeeting(Guid CaseId, Guid PlanId, int Version) : MeetingEvent, ICaseEvent;

/// <summary>
/// Stands in a viewer's copy of the journal for an entry about a case the viewer may not see (consent gate): the sequence
/// number stays, so catching up has no gap, but nothing of the case does. Never stored.
/// </summary>
public sealed record CaseContentWithheld(Guid CaseId) : MeetingEvent;
