using Jusoteki.Domain.Access;
using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>Open the board of a meeting and follow its feed.</summary>
public sealed record LoadBoard(Guid MeetingId);

public sealed record BoardLoaded(MeetingBoardView Board);

public sealed record BoardNotFound(Guid MeetingId);

/// <summary>
/// The board was refused; <paramref name="Message"/> says why, in Japanese. <paramref name="Forbidden"/>: the caller may not open
/// this meeting at all (their role, or not invited), shown as its own page rather than an error.
/// </summary>
public sealed record BoardLoadFailed(Guid MeetingId, string Message, bool Forbidden = false);

/// <summary>New journal entries, from the feed or from catching up; duplicates are ignored and a gap triggers a catch-up.</summary>
public sealed record JournalEntriesReceived(Guid MeetingId, IReadOnlyList<JournalEntry> Entries);

/// <summary>A case changed outside this meeting (a role's progress, a consent): its card is read again through the gate.</summary>
public sealed record CaseChangedReceived(Guid MeetingId, Guid CaseId);

/// <summary>Who is connected to the meeting now, and who edits what.</summary>
public sealed record PresenceChanged(Guid MeetingId, IReadOnlyList<PresenceView> Presence);

/// <summary>Look at another case than the chair's focus (unpin).</summary>
public sealed record ShowCase(Guid CaseId);

/// <summary>Follow the chair's focus again.</summary>
public sealed record FollowFocus;

public sealed record EditStarted(FieldKey Field);

public sealed record EditCancelled(FieldKey Field);

public sealed record SaveField(Guid MeetingId, FieldKey Field, string Text, int BaseVersion);

public sealed record FieldSaved(FieldKey Field);

/// <summary>The save was refused; <paramref name="Conflict"/> when someone saved the same field from the same version first.</summary>
public sealed record FieldSaveFailed(FieldKey Field, string Message, bool Conflict);

/// <summary>Resolving a conflict: continue editing <paramref name="Text"/> on top of the version now saved.</summary>
public sealed record ConflictResolved(FieldKey Field, string Text, int BaseVersion);

/// <summary>Text typed on this board in an earlier circuit and never saved: reopened in its editors, marked as not saved.</summary>
public sealed record DraftsRestored(IReadOnlyList<Draft> Drafts);

/// <summary>The services a board command may use.</summary>
public sealed record BoardServices(MeetingCommands Commands, MeetingSessionCommands Session);

/// <summary>
/// Any other command from the board (a role, the lead agency, a pledge, focus, opening, closing …), run through the use-case
/// services. <paramref name="Key"/> names it on the screen: while it runs it is pending; a refusal is kept under it.
/// </summary>
public sealed record RunBoardCommand(string Key, Func<BoardServices, Caller, Task> Run);

public sealed record BoardCommandSucceeded(string Key);

public sealed record BoardCommandFailed(string Key, string Message);

/// <summary>Forget the refusal shown under <paramref name="Key"/> (the person read it and moves on).</summary>
public sealed record BoardCommandErrorDismissed(string Key);
