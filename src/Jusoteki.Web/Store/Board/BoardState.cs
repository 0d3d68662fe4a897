using System.Collections.Immutable;
using Jusoteki.Web.Meetings;

namespace Jusoteki.Web.Store.Board;

public enum BoardLoadStatus
{
    Idle,
    Loading,
    Loaded,
    NotFound,
    Failed,
}

/// <summary>
/// The board of the meeting this circuit follows, and the 支援方針 editors open on it. <see cref="Stale"/>: an entry
/// changed what this viewer may see, so the board is being read again through the consent gate.
/// </summary>
public sealed record BoardState(
    BoardLoadStatus Status,
    Guid? MeetingId,
    MeetingBoardView? Board,
    ImmutableDictionary<Guid, SupportPolicyEditorState> Editors,
    bool Stale = false,
    string? Error = null)
{
    public static readonly BoardState Initial = new(BoardLoadStatus.Idle, null, null, ImmutableDictionary<Guid, SupportPolicyEditorState>.Empty);
}

/// <summary>
/// An open 支援方針 editor: the version it started from, the text last sent, and the Japanese reason if it was refused.
/// The text stays here until it is saved or the user cancels, so a refused edit is never lost.
/// </summary>
public sealed record SupportPolicyEditorState(int BaseVersion, string Draft, bool Saving, string? Error);
