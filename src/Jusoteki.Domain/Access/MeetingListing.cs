using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Access;

/// <summary>What the meeting list offers a caller for one meeting.</summary>
public enum MeetingEntry
{
    /// <summary>Not listed: the caller may open neither the meeting nor its minutes.</summary>
    None,
    /// <summary>The meeting's board (a participant or the city's meeting staff).</summary>
    Board,
    /// <summary>Only the approved minutes (e.g. a 閲覧者, or a member of another meeting), through the consent gate.</summary>
    Minutes,
}

/// <summary>
/// The meeting list shows only what the caller may open: the board where <see cref="MeetingAccess"/> lets them in, else the
/// approved minutes of a closed meeting where the permission table lets them read minutes (non-participants read only
/// approved versions, as the minutes library does).
/// </summary>
public static class MeetingListing
{
    public static MeetingEntry EntryFor(Meeting meeting, Caller caller, bool hasApprovedMinutes)
    {
        if (!caller.May(Operation.ViewMeetingList)) return MeetingEntry.None;
        if (caller.May(Operation.ViewBoard) && MeetingAccess.MayOpen(meeting, caller)) return MeetingEntry.Board;
        return meeting.Status == MeetingStatus.Closed && hasApprovedMinutes && caller.May(Operation.ReadMinutes)
            ? MeetingEntry.Minutes
            : MeetingEntry.None;
    }
}
