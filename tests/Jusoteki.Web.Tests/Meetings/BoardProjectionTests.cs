using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Meetings;
using static Jusoteki.Web.Tests.Store.Board.BoardFixtures;

namespace Jusoteki.Web.Tests.Meetings;

public sealed class BoardProjectionTests
{
    [Fact]
    public void Every_meeting_event_type_can_be_shown_on_the_board()
    {
        var eventTypes = typeof(MeetingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MeetingEvent)) && !t.IsAbstract);
        var samples = new Dictionary<Type, MeetingEvent>
        {
            [typeof(MeetingScheduled)] = new MeetingScheduled(MeetingKind.SupportMeeting, "会議", At, "会議室"),
            [typeof(CaseAddedToAgenda)] = new CaseAddedToAgenda(Guid.NewGuid()),
            [typeof(ParticipantAdded)] = new ParticipantAdded(Guid.NewGuid(), "参加者", null, null, MeetingRole.Observer, [], null),
            [typeof(AttendanceRecorded)] = new AttendanceRecorded(Guid.NewGuid(), Attendance.InRoom),
            [typeof(PledgeRecorded)] = new PledgeRecorded(Guid.NewGuid(), PledgeKind.ThisMeeting, null),
            [typeof(MeetingOpened)] = new MeetingOpened(),
            [typeof(MeetingClosed)] = new MeetingClosed(),
            [typeof(FocusChanged)] = new FocusChanged(CaseA),
            [typeof(SupportPolicyEdited)] = new SupportPolicyEdited(CaseA, "方針", 1),
            [typeof(WatchingEdited)] = new WatchingEdited(CaseA, "見守り", 1),
            [typeof(NextReviewDateSet)] = new NextReviewDateSet(CaseA, new DateOnly(2027, 1, 14)),
            [typeof(ResourceGapNoted)] = new ResourceGapNoted(CaseA, "居場所がない"),
        };

        foreach (var type in eventTypes)
        {
            Assert.True(samples.ContainsKey(type), $"Add a sample of {type.Name} here and teach BoardProjection to show it.");
            var board = BoardProjection.Apply(BoardView(), new Jusoteki.Domain.Meetings.JournalEntry(MeetingId, 1, At, Editor, samples[type]));
            Assert.True(board is null || board.LastSequence == 1);
        }
    }

    [Fact]
    public void Opening_and_closing_change_the_status_and_closing_makes_the_board_read_only()
    {
        var board = BoardProjection.Apply(BoardView(status: MeetingStatus.Preparing), new(MeetingId, 1, At, Editor, new MeetingOpened()))!;
        Assert.Equal(MeetingStatus.Open, board.Status);

        board = BoardProjection.Apply(board, new(MeetingId, 2, At, Editor, new MeetingClosed()))!;

        Assert.True(board.IsReadOnly);
    }

    [Fact]
    public void An_edit_changes_only_its_own_card()
    {
        var board = BoardProjection.Apply(BoardView(), Edited(1, CaseB, "B の方針", 1))!;

        Assert.Equal("", board.Cards[0].SupportPolicy);
        Assert.Equal(("B の方針", 1, At), (board.Cards[1].SupportPolicy, board.Cards[1].SupportPolicyVersion, board.Cards[1].SupportPolicyEditedAt));
    }

    [Fact]
    public void Entries_that_change_who_may_see_what_ask_for_the_board_to_be_read_again_through_the_gate()
    {
        Assert.Null(BoardProjection.Apply(BoardView(), new(MeetingId, 1, At, Editor, new PledgeRecorded(Guid.NewGuid(), PledgeKind.ThisMeeting, null))));
        Assert.Null(BoardProjection.Apply(BoardView(), new(MeetingId, 1, At, Editor, new CaseAddedToAgenda(Guid.NewGuid()))));
    }
}
