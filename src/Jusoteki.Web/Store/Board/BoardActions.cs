using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

/// <summary>Open the board of a meeting and follow its feed.</summary>
public sealed record LoadBoard(Guid MeetingId);

public sealed record BoardLoaded(MeetingBoardView Board);

public sealed record BoardNotFound(Guid MeetingId);

/// <summary>The board was refused (e.g. the caller's role may not view boards); <paramref name="Message"/> says why, in Japanese.</summary>
public sealed record BoardLoadFailed(Guid MeetingId, string Message);

/// <summary>New journal entries, from the feed or from catching up; duplicates are ignored and a gap triggers a catch-up.</summary>
public sealed record JournalEntriesReceived(Guid MeetingId, IReadOnlyList<JournalEntry> Entries);

public sealed record EditSupportPolicyStarted(Guid CaseId);

public sealed record EditSupportPolicyCancelled(Guid CaseId);

public sealed record SaveSupportPolicy(Guid MeetingId, Guid CaseId, string Text, int BaseVersion);

public sealed record SupportPolicySaved(Guid CaseId);

public sealed record SupportPolicySaveFailed(Guid CaseId, string Message);
