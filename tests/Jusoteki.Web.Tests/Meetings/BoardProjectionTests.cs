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
            [typeof(AgencyNoteEdited)] = new AgencyNoteEdited(CaseA, Houkatsu, "11/18 訪問", 1),
            [typeof(RoleAssignedInMeeting)] = new RoleAssignedInMeeting(CaseA, Guid.NewGuid(), Houkatsu, "訪問", new DateOnly(2027, 1, 14)),
            [typeof(RoleCorrectedInMeeting)] = new RoleCorrectedInMeeting(CaseA, Guid.NewGuid(), Houkatsu, "電話", new DateOnly(2027, 1, 21), "聞き違い"),
            [typeof(RoleWithdrawnInMeeting)] = new RoleWithdrawnInMeeting(CaseA, Guid.NewGuid(), "不要になった"),
            [typeof(LeadAgencySetInMeeting)] = new LeadAgencySetInMeeting(CaseA, Houkatsu),
            [typeof(PlanDraftedInMeeting)] = new PlanDraftedInMeeting(CaseA, Guid.NewGuid(), 1, []),
            [typeof(PlanAdoptedInMeeting)] = new PlanAdoptedInMeeting(CaseA, Guid.NewGuid(), 1),
            [typeof(CaseContentWithheld)] = new CaseContentWithheld(CaseA),
            [typeof(CaseRemovedFromAgenda)] = new CaseRemovedFromAgenda(CaseA, Meeting.RemovedWithoutConsentReason),
        };

        foreach (var type in eventTypes)
        {
            Assert.True(samples.ContainsKey(type), $"Add a sample of {type.Name} here and teach BoardProjection to show it.");
            var board = BoardProjection.Apply(BoardView(), new Jusoteki.Domain.Meetings.JournalEntry(MeetingId, 1, At, Editor, samples[type]));
            Assert.True(board is null || board.LastSequence == 1);
        }
    }

    [Fact]
    public void Opening_and_closing_have_the_board_read_again_for_what_the_viewer_may_now_decide_and_the_cases_moved_on()
    {
        Assert.Null(BoardProjection.Apply(BoardView(status: MeetingStatus.Preparing), new(MeetingId, 1, At, Editor, new MeetingOpened())));
        Assert.Null(BoardProjection.Apply(BoardView(), new(MeetingId, 2, At, Editor, new MeetingClosed())));
    }

    [Fact]
    public void An_edit_changes_only_its_own_card()
    {
        var board = BoardProjection.Apply(BoardView(), Edited(1, CaseB, "B の方針", 1))!;

        Assert.Equal(TextFieldView.Empty, board.Cards[0].SupportPolicy);
        Assert.Equal(new TextFieldView("B の方針", 1, Editor.DisplayName, At), board.Cards[1].SupportPolicy);
    }

    [Fact]
    public void Entries_that_change_who_may_see_what_ask_for_the_board_to_be_read_again_through_the_gate()
    {
        Assert.Null(BoardProjection.Apply(BoardView(), new(MeetingId, 1, At, Editor, new PledgeRecorded(Guid.NewGuid(), PledgeKind.ThisMeeting, null))));
        Assert.Null(BoardProjection.Apply(BoardView(), new(MeetingId, 1, At, Editor, new CaseAddedToAgenda(Guid.NewGuid()))));
    }

    [Fact]
    public void A_role_assigned_in_the_meeting_appears_once_with_its_proposer_even_if_the_entry_comes_twice()
    {
        var roleId = Guid.NewGuid();
        var entry = new Jusoteki.Domain.Meetings.JournalEntry(MeetingId, 1, At, Editor, new RoleAssignedInMeeting(CaseA, roleId, Houkatsu, "月1回の訪問", new DateOnly(2027, 1, 14)));

        var board = BoardProjection.Apply(BoardView(), entry)!;
        board = BoardProjection.Apply(board, entry with { Sequence = 2 })!;

        var role = Assert.Single(board.Cards[0].Roles);
        Assert.Equal((roleId, "月1回の訪問", "地域包括 佐藤", At), (role.RoleId, role.Description, role.ProposedBy, role.ProposedAt));
    }

    [Fact]
    public void Attendance_and_the_lead_agency_are_shown_without_reading_the_board_again()
    {
        var before = BoardView();
        var participant = before.Participants[0].ParticipantId;

        var board = BoardProjection.Apply(before, new(MeetingId, 1, At, Editor, new AttendanceRecorded(participant, Attendance.Remote)))!;
        board = BoardProjection.Apply(board, new(MeetingId, 2, At, Editor, new LeadAgencySetInMeeting(CaseB, Houkatsu)))!;

        Assert.Equal(Attendance.Remote, board.Participants[0].Attendance);
        Assert.Equal(Houkatsu, board.Cards[1].LeadAgencyId);
    }


    [Fact]
    public void A_corrected_role_shows_as_it_now_stands_and_a_withdrawn_one_stays_with_its_reason()
    {
        var roleId = Guid.NewGuid();
        var board = BoardProjection.Apply(BoardView(), new(MeetingId, 1, At, Editor, new RoleAssignedInMeeting(CaseA, roleId, Houkatsu, "訪門", new DateOnly(2027, 1, 14))))!;

        board = BoardProjection.Apply(board, new(MeetingId, 2, At.AddMinutes(5), new("gicho", "社会福祉課長 山田"),
            new RoleCorrectedInMeeting(CaseA, roleId, Houkatsu, "訪問", new DateOnly(2027, 1, 21), "")))!;
        var corrected = Assert.Single(board.Cards[0].Roles);
        Assert.Equal(("訪問", new DateOnly(2027, 1, 21), "社会福祉課長 山田", (DateTimeOffset?)At.AddMinutes(5), Editor.DisplayName),
            (corrected.Description, corrected.DueDate, corrected.CorrectedBy, corrected.CorrectedAt, corrected.ProposedBy));

        board = BoardProjection.Apply(board, new(MeetingId, 3, At, Editor, new RoleWithdrawnInMeeting(CaseA, roleId, "重複していた")))!;
        var withdrawn = Assert.Single(board.Cards[0].Roles);
        Assert.True(withdrawn.Withdrawn);
        Assert.Equal(("重複していた", "訪問"), (withdrawn.WithdrawalReason, withdrawn.Description));
        Assert.Empty(board.Cards[1].Roles);
    }
}
