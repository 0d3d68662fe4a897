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
            [typeof(MeetingOpened)] = new MeetingOpened(),
            [typeof(MeetingClosed)] = new MeetingClosed(),
            [typeof(SupportPolicyEdited)] = new SupportPolicyEdited(CaseA, "方針", 1),
        };

        foreach (var type in eventTypes)
        {
            Assert.True(samples.ContainsKey(type), $"Add a sample of {type.Name} here and teach BoardProjection to show it.");
            var board = BoardProjection.Apply(BoardView(), new Jusoteki.Domain.Meetings.JournalEntry(MeetingId, 1, At, Editor, samples[type]));
            Assert.Equal(1, board.LastSequence);
        }
    }

    [Fact]
    public void Opening_and_closing_change_the_status_and_closing_makes_the_board_read_only()
    {
        var board = BoardProjection.Apply(BoardView(status: MeetingStatus.Preparing), new(MeetingId, 1, At, Editor, new MeetingOpened()));
        Assert.Equal(MeetingStatus.Open, board.Status);

        board = BoardProjection.Apply(board, new(MeetingId, 2, At, Editor, new MeetingClosed()));

        Assert.True(board.IsReadOnly);
    }

    [Fact]
    public void An_edit_changes_only_its_own_card()
    {
        var board = BoardProjection.Apply(BoardView(), Edited(1, CaseB, "B の方針", 1));

        Assert.Equal("", board.Cards[0].SupportPolicy);
        Assert.Equal(("B の方針", 1, At), (board.Cards[1].SupportPolicy, board.Cards[1].SupportPolicyVersion, board.Cards[1].SupportPolicyEditedAt));
    }
}
