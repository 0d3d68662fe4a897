using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Store.Board;
using static Jusoteki.Web.Tests.Store.Board.BoardFixtures;

namespace Jusoteki.Web.Tests.Store.Board;

public sealed class BoardReducersTests
{
    [Fact]
    public void Loading_a_board_forgets_the_previous_meeting()
    {
        var state = BoardReducers.OnLoadBoard(Loaded(), new LoadBoard(Guid.NewGuid()));

        Assert.Equal(BoardLoadStatus.Loading, state.Status);
        Assert.Null(state.Board);
        Assert.Empty(state.Editors);
    }

    [Fact]
    public void A_board_for_another_meeting_than_the_one_asked_for_is_ignored()
    {
        var loading = BoardReducers.OnLoadBoard(BoardState.Initial, new LoadBoard(Guid.NewGuid()));

        Assert.Same(loading, BoardReducers.OnBoardLoaded(loading, new BoardLoaded(BoardView())));
    }

    [Fact]
    public void Contiguous_entries_are_folded_in_and_the_last_sequence_advances()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId,
            [Edited(1, CaseA, "一", 1), Edited(2, CaseA, "二", 2)]));

        Assert.Equal(2, state.Board!.LastSequence);
        Assert.Equal(("二", 2, "地域包括 佐藤"), (state.Board.Cards[0].SupportPolicy, state.Board.Cards[0].SupportPolicyVersion, state.Board.Cards[0].SupportPolicyEditedBy));
    }

    [Fact]
    public void Entries_already_shown_are_not_applied_twice()
    {
        var once = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId, [Edited(1, CaseA, "一", 1)]));

        var twice = BoardReducers.OnJournalEntriesReceived(once, new JournalEntriesReceived(MeetingId, [Edited(1, CaseA, "一", 1)]));

        Assert.Same(once, twice);
    }

    [Fact]
    public void Entries_after_a_gap_wait_for_the_catch_up()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId,
            [Edited(1, CaseA, "一", 1), Edited(3, CaseB, "三", 1)]));

        Assert.Equal(1, state.Board!.LastSequence);
        Assert.Equal("", state.Board.Cards[1].SupportPolicy);
    }

    [Fact]
    public void Entries_arriving_out_of_order_in_one_batch_are_applied_in_sequence()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId,
            [Edited(2, CaseA, "二", 2), Edited(1, CaseA, "一", 1)]));

        Assert.Equal("二", state.Board!.Cards[0].SupportPolicy);
    }

    [Fact]
    public void Entries_of_another_meeting_are_ignored()
    {
        var state = Loaded();
        var other = Edited(1, CaseA, "他", 1) with { MeetingId = Guid.NewGuid() };

        Assert.Same(state, BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(other.MeetingId, [other])));
    }

    [Fact]
    public void An_entry_that_changes_visibility_marks_the_board_stale_until_it_is_read_again()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId,
        [
            Edited(1, CaseA, "一", 1),
            new(MeetingId, 2, At, Editor, new PledgeRecorded(Guid.NewGuid(), PledgeKind.ThisMeeting, null)),
            Edited(3, CaseA, "三", 2),
        ]));

        Assert.True(state.Stale);
        Assert.Equal(1, state.Board!.LastSequence);
        Assert.Same(state, BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(MeetingId, [Edited(2, CaseB, "x", 1)])));
        Assert.False(BoardReducers.OnBoardLoaded(state, new BoardLoaded(BoardView(lastSequence: 3))).Stale);
    }

    [Fact]
    public void Starting_an_edit_opens_an_editor_on_the_current_text_and_version()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId, [Edited(1, CaseA, "今の方針", 1)]));

        state = BoardReducers.OnEditSupportPolicyStarted(state, new EditSupportPolicyStarted(CaseA));

        Assert.Equal(new SupportPolicyEditorState(1, "今の方針", false, null), state.Editors[CaseA]);
    }

    [Fact]
    public void No_editor_opens_on_a_closed_meeting()
    {
        var state = Loaded(BoardView(status: MeetingStatus.Closed));

        Assert.Same(state, BoardReducers.OnEditSupportPolicyStarted(state, new EditSupportPolicyStarted(CaseA)));
    }

    [Fact]
    public void A_refused_save_keeps_the_text_and_shows_the_reason()
    {
        var state = BoardReducers.OnEditSupportPolicyStarted(Loaded(), new EditSupportPolicyStarted(CaseA));
        state = BoardReducers.OnSaveSupportPolicy(state, new SaveSupportPolicy(MeetingId, CaseA, "書きかけ", 0));
        Assert.True(state.Editors[CaseA].Saving);

        state = BoardReducers.OnSupportPolicySaveFailed(state, new SupportPolicySaveFailed(CaseA, "理由"));

        Assert.Equal(new SupportPolicyEditorState(0, "書きかけ", false, "理由"), state.Editors[CaseA]);
    }

    [Fact]
    public void A_saved_edit_closes_its_editor()
    {
        var state = BoardReducers.OnEditSupportPolicyStarted(Loaded(), new EditSupportPolicyStarted(CaseA));

        state = BoardReducers.OnSupportPolicySaved(state, new SupportPolicySaved(CaseA));

        Assert.Empty(state.Editors);
    }

    [Fact]
    public void An_edit_by_someone_else_leaves_an_open_editor_on_its_base_version()
    {
        var state = BoardReducers.OnEditSupportPolicyStarted(Loaded(), new EditSupportPolicyStarted(CaseA));

        state = BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(MeetingId, [Edited(1, CaseA, "他の人", 1)]));

        Assert.Equal(0, state.Editors[CaseA].BaseVersion);
        Assert.Equal(1, state.Board!.Cards[0].SupportPolicyVersion);
    }
}
