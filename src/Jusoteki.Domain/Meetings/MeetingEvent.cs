namespace Jusoteki.Domain.Meetings;

/// <summary>Something that happened in a meeting. Every change to a meeting is one of these, appended to its journal.</summary>
public abstract record MeetingEvent;

/// <summary>支援方針 of an agenda case was edited; <paramref name="Version"/> is the field's new version.</summary>
public sealed record SupportPolicyEdited(Guid CaseId, string Text, int Version) : MeetingEvent;

/// <summary>開会 — the chair opened the meeting.</summary>
public sealed record MeetingOpened : MeetingEvent;

/// <summary>閉会 — the chair closed the meeting; from now on it is read-only.</summary>
public sealed record MeetingClosed : MeetingEvent;
