namespace Jusoteki.Domain.Minutes;

/// <summary>Something that happened to a meeting's minutes; every change is one of these, kept in the minutes' history.</summary>
public abstract record MinutesEvent;

/// <summary>The first version was drafted from the closed meeting's journal.</summary>
public sealed record MinutesStarted(MinutesDocument Document) : MinutesEvent;

/// <summary>A free-text part of a draft version was tidied.</summary>
public sealed record MinutesTextEdited(int Version, string Key, string Text) : MinutesEvent;

/// <summary>承認 — the chair approved a version; it is locked from now on.</summary>
public sealed record MinutesApproved(int Version) : MinutesEvent;

/// <summary>訂正 — a new draft version of approved minutes, with the reason; the approved one stays readable.</summary>
public sealed record MinutesCorrectionStarted(int Version, string Reason) : MinutesEvent;

/// <summary>One line of the minutes' history, with its place in their gap-free sequence.</summary>
public sealed record MinutesHistoryEntry(Guid MeetingId, long Sequence, DateTimeOffset OccurredAt, Common.Actor Actor, MinutesEvent Event);
