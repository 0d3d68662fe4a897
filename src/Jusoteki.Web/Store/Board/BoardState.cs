using System.Collections.Immutable;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

public enum BoardLoadStatus
{
    Idle,
    Loading,
    Loaded,
    NotFound,
    /// <summary>The caller may not open this meeting (MeetingAccess or the permission table refused).</summary>
    Forbidden,
    Failed,
}

/// <summary>
/// The board of the meeting this circuit follows, and what this participant is doing on it: the fields being edited, the
/// case they look at (the chair's focus, unless they unpinned), who else is connected, and commands under way with their
/// Japanese refusals. <see cref="Stale"/>: something changed what this viewer may see, so the board is being read again
/// through the consent gate.
/// </summary>
public sealed record BoardState(
    BoardLoadStatus Status,
    Guid? MeetingId,
    MeetingBoardView? Board,
    ImmutableDictionary<FieldKey, FieldEditorState> Editors,
    ImmutableList<PresenceView> Presence,
    bool FollowingFocus,
    Guid? SelectedCaseId,
    ImmutableHashSet<string> Pending,
    ImmutableDictionary<string, string> CommandErrors,
    bool Stale = false,
    string? Error = null)
{
    public static readonly BoardState Initial = new(BoardLoadStatus.Idle, null, null, ImmutableDictionary<FieldKey, FieldEditorState>.Empty,
        [], true, null, [], ImmutableDictionary<string, string>.Empty);

    /// <summary>The case this participant's screen shows: the chair's focus while following it, else the one they chose.</summary>
    public CaseCardView? ShownCard => Board is not { } board ? null
        : (FollowingFocus && board.FocusCaseId is { } focus ? board.Card(focus) : null)
          ?? (SelectedCaseId is { } selected ? board.Card(selected) : null)
          ?? (board.FocusCaseId is { } f ? board.Card(f) : null)
          ?? board.Cards.FirstOrDefault();

    /// <summary>Unpinned: this participant looks at another case than the one the chair has in focus.</summary>
    public bool Unpinned => Board?.FocusCaseId is { } focus && ShownCard?.CaseId != focus;

    public string? ErrorOf(string commandKey) => CommandErrors.GetValueOrDefault(commandKey);

    public bool IsPending(string commandKey) => Pending.Contains(commandKey);

    /// <summary>Who else is editing this field right now (presence), by name.</summary>
    public IEnumerable<string> EditorsOf(FieldKey field, string ownConnection) =>
        Presence.Where(p => p.Editing == field && p.ConnectionId != ownConnection).Select(p => p.DisplayName).Distinct();
}

/// <summary>
/// An open editor of one field: the version it started from, the text last sent, whether it is being saved, and the Japanese
/// reason if it was refused. <see cref="Conflict"/>: someone saved the same field first — the editor shows both texts and
/// the person chooses or merges. The text stays here until it is saved or the person lets it go, so nothing is lost.
/// </summary>
public sealed record FieldEditorState(int BaseVersion, string Draft, bool Saving, string? Error, bool Conflict);
