namespace Jusoteki.Domain.Meetings;

/// <summary>Something that happened in a meeting. Every change to a meeting is one of these, appended to its journal.</summary>
public abstract record MeetingEvent;

/// <summary>The meeting was called: always the first entry of its journal.</summary>
public sealed record MeetingScheduled(MeetingKind Kind, string Title, DateTimeOffset StartsAt, string Place) : MeetingEvent;

public sealed record CaseAddedToAgenda(Guid CaseId) : MeetingEvent;

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
public sealed record SupportPolicyEdited(Guid CaseId, string Text, int Version) : MeetingEvent;

/// <summary>見守り — who watches over the case and how.</summary>
public sealed record WatchingEdited(Guid CaseId, string Text, int Version) : MeetingEvent;

/// <summary>次回確認日</summary>
public sealed record NextReviewDateSet(Guid CaseId, DateOnly Date) : MeetingEvent;

/// <summary>社会資源の不足 — a gap in local resources found in this case, for 地域づくり.</summary>
public sealed record ResourceGapNoted(Guid CaseId, string Text) : MeetingEvent;
