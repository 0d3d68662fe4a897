using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Meetings;
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
        Assert.Equal(new TextFieldView("二", 2, "地域包括 佐藤", At), state.Board.Cards[0].SupportPolicy);
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
        Assert.Equal("", state.Board.Cards[1].SupportPolicy.Text);
    }

    [Fact]
    public void Entries_arriving_out_of_order_in_one_batch_are_applied_in_sequence()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId,
            [Edited(2, CaseA, "二", 2), Edited(1, CaseA, "一", 1)]));

        Assert.Equal("二", state.Board!.Cards[0].SupportPolicy.Text);
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

        state = BoardReducers.OnEditStarted(state, new EditStarted(Policy(CaseA)));

        Assert.Equal(new FieldEditorState(1, "今の方針", false, null, false), state.Editors[Policy(CaseA)]);
    }

    [Fact]
    public void No_editor_opens_on_a_closed_meeting_or_on_a_card_the_viewer_may_not_edit()
    {
        var closed = Loaded(BoardView(status: MeetingStatus.Closed));
        var pseudonymised = Loaded(BoardView(visibility: Visibility.Pseudonymised));

        Assert.Same(closed, BoardReducers.OnEditStarted(closed, new EditStarted(Policy(CaseA))));
        Assert.Same(pseudonymised, BoardReducers.OnEditStarted(pseudonymised, new EditStarted(Policy(CaseA))));
    }

    [Fact]
    public void A_refused_save_keeps_the_text_and_shows_the_reason()
    {
        var state = BoardReducers.OnEditStarted(Loaded(), new EditStarted(Policy(CaseA)));
        state = BoardReducers.OnSaveField(state, new SaveField(MeetingId, Policy(CaseA), "書きかけ", 0));
        Assert.True(state.Editors[Policy(CaseA)].Saving);

        state = BoardReducers.OnFieldSaveFailed(state, new FieldSaveFailed(Policy(CaseA), "理由", false));

        Assert.Equal(new FieldEditorState(0, "書きかけ", false, "理由", false), state.Editors[Policy(CaseA)]);
    }

    [Fact]
    public void A_conflict_keeps_the_text_and_merging_continues_from_the_version_now_saved()
    {
        var state = BoardReducers.OnEditStarted(Loaded(), new EditStarted(Policy(CaseA)));
        state = BoardReducers.OnSaveField(state, new SaveField(MeetingId, Policy(CaseA), "社協の案", 0));
        state = BoardReducers.OnFieldSaveFailed(state, new FieldSaveFailed(Policy(CaseA), "他の参加者が先に更新しました。", true));
        Assert.True(state.Editors[Policy(CaseA)].Conflict);

        state = BoardReducers.OnConflictResolved(state, new ConflictResolved(Policy(CaseA), "地域包括の案\n社協の案", 1));

        Assert.Equal(new FieldEditorState(1, "地域包括の案\n社協の案", false, null, false), state.Editors[Policy(CaseA)]);
    }

    [Fact]
    public void A_saved_edit_closes_its_editor()
    {
        var state = BoardReducers.OnEditStarted(Loaded(), new EditStarted(Policy(CaseA)));

        state = BoardReducers.OnFieldSaved(state, new FieldSaved(Policy(CaseA)));

        Assert.Empty(state.Editors);
    }

    [Fact]
    public void An_edit_by_someone_else_leaves_an_open_editor_on_its_base_version()
    {
        var state = BoardReducers.OnEditStarted(Loaded(), new EditStarted(Policy(CaseA)));

        state = BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(MeetingId, [Edited(1, CaseA, "他の人", 1)]));

        Assert.Equal(0, state.Editors[Policy(CaseA)].BaseVersion);
        Assert.Equal(1, state.Board!.Cards[0].SupportPolicy.Version);
    }

    [Fact]
    public void An_entry_about_a_pseudonymised_card_advances_the_sequence_but_leaves_no_text_on_it()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(BoardView(visibility: Visibility.Pseudonymised)),
            new JournalEntriesReceived(MeetingId, [Edited(1, CaseA, "緑川さん宅を訪問", 1)]));

        Assert.Equal(1, state.Board!.LastSequence);
        Assert.Equal(TextFieldView.Empty, state.Board.Cards[0].SupportPolicy);
    }

    [Fact]
    public void The_screen_follows_the_chairs_focus_until_the_participant_unpins_and_follows_again()
    {
        var state = BoardReducers.OnJournalEntriesReceived(Loaded(), new JournalEntriesReceived(MeetingId, [Focus(1, CaseB)]));
        Assert.Equal(CaseB, state.ShownCard!.CaseId);

        state = BoardReducers.OnShowCase(state, new ShowCase(CaseA));
        Assert.Equal((CaseA, true), (state.ShownCard!.CaseId, state.Unpinned));
        state = BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(MeetingId, [Focus(2, CaseB) with { Event = new FocusChanged(null) }]));

        state = BoardReducers.OnFollowFocus(state, new FollowFocus());
        state = BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(MeetingId, [Focus(3, CaseA)]));
        Assert.Equal((CaseA, false), (state.ShownCard!.CaseId, state.Unpinned));
    }

    [Fact]
    public void Looking_at_cases_before_the_chair_focuses_one_does_not_unpin_so_the_first_focus_brings_everyone_along()
    {
        var state = BoardReducers.OnShowCase(Loaded(), new ShowCase(CaseA));
        Assert.Equal(CaseA, state.ShownCard!.CaseId);

        state = BoardReducers.OnJournalEntriesReceived(state, new JournalEntriesReceived(MeetingId, [Focus(1, CaseB)]));

        Assert.Equal((CaseB, false), (state.ShownCard!.CaseId, state.Unpinned));
    }

    [Fact]
    public void A_change_of_a_case_on_the_board_from_outside_the_meeting_has_the_board_read_again()
    {
        var state = BoardReducers.OnCaseChangedReceived(Loaded(), new CaseChangedReceived(MeetingId, CaseA));
        var unrelated = BoardReducers.OnCaseChangedReceived(Loaded(), new CaseChangedReceived(MeetingId, Guid.NewGuid()));

        Assert.True(state.Stale);
        Assert.False(unrelated.Stale);
    }

    [Fact]
    public void A_refused_command_keeps_its_reason_under_its_key_until_dismissed()
    {
        var state = BoardReducers.OnRunBoardCommand(Loaded(), new RunBoardCommand("role:a", (_, _) => Task.CompletedTask));
        Assert.True(state.IsPending("role:a"));

        state = BoardReducers.OnBoardCommandFailed(state, new BoardCommandFailed("role:a", "期限に過去の日付は指定できません。"));
        Assert.Equal((false, "期限に過去の日付は指定できません。"), (state.IsPending("role:a"), state.ErrorOf("role:a")));

        state = BoardReducers.OnBoardCommandErrorDismissed(state, new BoardCommandErrorDismissed("role:a"));
        Assert.Null(state.ErrorOf("role:a"));
    }

    [Fact]
    public void Unsaved_text_from_an_earlier_circuit_reopens_in_its_editor_marked_as_not_saved()
    {
        var state = BoardReducers.OnDraftsRestored(Loaded(), new DraftsRestored([new Draft(Policy(CaseA), "書きかけの方針", 0)]));

        Assert.Equal(new FieldEditorState(0, "書きかけの方針", false, BoardReducers.RestoredDraftMessage, false), state.Editors[Policy(CaseA)]);
    }

    [Fact]
    public void Unsaved_text_is_not_reopened_on_a_card_the_viewer_may_no_longer_edit()
    {
        var state = Loaded(BoardView(visibility: Visibility.Pseudonymised));

        Assert.Same(state, BoardReducers.OnDraftsRestored(state, new DraftsRestored([new Draft(Policy(CaseA), "書きかけ", 0)])));
    }

    private static FieldKey Policy(Guid caseId) => new(caseId, BoardField.SupportPolicy);

    private static JournalEntry Focus(long sequence, Guid caseId) => new(MeetingId, sequence, At, Editor, new FocusChanged(caseId));
}
