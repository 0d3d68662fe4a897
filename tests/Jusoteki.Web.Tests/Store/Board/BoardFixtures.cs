using System.Collections.Immutable;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store.Board;

namespace Jusoteki.Web.Tests.Store.Board;

internal static class BoardFixtures
{
    public static readonly Guid MeetingId = Guid.NewGuid();
    public static readonly Guid CaseA = Guid.NewGuid();
    public static readonly Guid CaseB = Guid.NewGuid();
    public static readonly Actor Editor = new("houkatsu", "地域包括 佐藤");
    public static readonly DateTimeOffset At = new(2026, 12, 10, 5, 0, 0, TimeSpan.Zero);

    public static readonly Guid Houkatsu = Guid.NewGuid();

    /// <summary>A board on which the viewer sees both cases in full and may edit them, unless <paramref name="visibility"/> says otherwise.</summary>
    public static MeetingBoardView BoardView(long lastSequence = 0, MeetingStatus status = MeetingStatus.Open, Visibility visibility = Visibility.Full) => new(
        MeetingId, "12月 支援会議", MeetingKind.SupportMeeting, At, "第2会議室", status, null, lastSequence,
        [Card(CaseA, "ケースA-01", 1, visibility), Card(CaseB, "ケースA-02", 2, visibility)],
        [new ParticipantView(Guid.NewGuid(), Editor.Id, Editor.DisplayName, Houkatsu, MeetingRole.Member, Attendance.NotRecorded, PledgeKind.ThisMeeting, true, [])],
        new ViewerView(null, false, false, [Houkatsu]), ImmutableDictionary<Guid, string>.Empty.Add(Houkatsu, "地域包括支援センター中央"));

    // The board is open by default, so a viewer who may edit a case may also record its decisions.
    public static CaseCardView Card(Guid caseId, string pseudonym, int order, Visibility visibility = Visibility.Full) =>
        new(caseId, order, visibility, visibility == Visibility.Full, pseudonym, pseudonym + "・50代男性・8050", null, ["8050"], null, null,
            TextFieldView.Empty, TextFieldView.Empty, [], null, 0, [], null, [], null, visibility == Visibility.Full ? [Houkatsu] : [])
        { CanDecide = visibility == Visibility.Full };

    public static BoardState Loaded(MeetingBoardView? board = null)
    {
        board ??= BoardView();
        return BoardState.Initial with { Status = BoardLoadStatus.Loaded, MeetingId = board.MeetingId, Board = board };
    }

    public static JournalEntry Edited(long sequence, Guid caseId, string text, int version) =>
        new(MeetingId, sequence, At, Editor, new SupportPolicyEdited(caseId, text, version));
}
