using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>Who may act inside a meeting: participants only, edits only on cases they see in full, the chair alone runs it.</summary>
public sealed class MeetingAuthorityTests
{
    private static readonly Actor Stranger = new("stranger", "参加していない職員");
    private static readonly Actor Police = new("police", "警察署 高橋");
    private static readonly Actor Secretariat = new("jimukyoku", "事務局 伊藤");

    [Fact]
    public void Someone_who_is_not_a_participant_cannot_edit_and_nothing_is_recorded()
    {
        var meeting = Seated();

        AssertRefused(meeting, m => m.EditSupportPolicy(CaseIn(m, CaseA), "方針", 0, Stranger, At), "meeting.not-participant");
    }

    [Fact]
    public void A_member_who_has_not_pledged_cannot_edit_an_unconsented_case_in_a_support_meeting()
    {
        var meeting = Seated();
        meeting.AddParticipant(Guid.NewGuid(), "社協 鈴木", "shakyo", ShakyoAgency.Id, MeetingRole.Member, [], null, Chair, At);
        var shakyo = new Actor("shakyo", "社協 鈴木");

        AssertRefused(meeting, m => m.EditWatching(CaseIn(m, CaseA), "見守り", 0, shakyo, At), "meeting.case-not-editable");
        Assert.False(meeting.MayEdit(meeting.ParticipantOf("shakyo"), CaseIn(meeting, CaseA)));
    }

    [Fact]
    public void A_member_invited_for_one_case_edits_that_case_after_pledging_and_no_other()
    {
        var meeting = Seated();
        Seat(meeting, Police, MeetingRole.Member, PoliceAgency, invitedFor: [CaseB]);

        meeting.EditAgencyNote(CaseIn(meeting, CaseB), PoliceAgency.Id, "11/30 通報あり", 0, Police, At);

        Assert.Equal("11/30 通報あり", meeting.Agenda[1].AgencyNoteOf(PoliceAgency.Id)!.Text);
        AssertRefused(meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), PoliceAgency.Id, "別件", 0, Police, At), "meeting.case-not-editable");
    }

    [Fact]
    public void Only_the_meetings_chair_opens_focuses_and_closes()
    {
        var meeting = Seated();
        Seat(meeting, Secretariat, MeetingRole.Secretariat, CityAgency);

        AssertRefused(meeting, m => m.Open(Secretariat, At), "meeting.chair-only");
        AssertRefused(meeting, m => m.Open(Houkatsu, At), "meeting.chair-only");
        meeting.Open(Chair, At);
        AssertRefused(meeting, m => m.SetFocus(CaseA, Houkatsu, At), "meeting.chair-only");
        AssertRefused(meeting, m => m.Close(CasesIn(m), Secretariat, At), "meeting.chair-only");
        AssertRefused(meeting, m => m.Close(CasesIn(m), Stranger, At), "meeting.not-participant");

        meeting.SetFocus(CaseA, Chair, At);
        meeting.Close(CasesIn(meeting), Chair, At);
        Assert.Equal(MeetingStatus.Closed, meeting.Status);
    }

    [Fact]
    public void Focusing_the_case_already_in_focus_is_refused()
    {
        var meeting = Seated();
        meeting.Open(Chair, At);
        meeting.SetFocus(CaseA, Chair, At);

        AssertRefused(meeting, m => m.SetFocus(CaseA, Chair, At), "meeting.focus-unchanged");
    }

    [Fact]
    public void A_pledge_is_recorded_by_the_member_or_at_the_roll_call_by_the_chair_or_secretariat_but_not_by_another_member()
    {
        var meeting = Seated();
        var secretariat = Seat(meeting, Secretariat, MeetingRole.Secretariat, CityAgency);
        var shakyo = Join(meeting, MeetingRole.Member, ShakyoAgency);
        var police = Join(meeting, MeetingRole.Member, PoliceAgency);
        var other = Join(meeting, MeetingRole.Member, ShakyoAgency);

        AssertRefused(meeting, m => m.RecordPledge(shakyo.Id, PledgeKind.ThisMeeting, Houkatsu, At), "participant.not-self");
        AssertRefused(meeting, m => m.RecordAttendance(shakyo.Id, Attendance.InRoom, Stranger, At), "meeting.not-participant");
        meeting.RecordPledge(shakyo.Id, PledgeKind.ThisMeeting, Chair, At);
        meeting.RecordPledge(police.Id, PledgeKind.ThisMeeting, Self(secretariat), At);
        meeting.RecordPledge(other.Id, PledgeKind.ThisMeeting, Self(other), At);
        meeting.RecordAttendance(shakyo.Id, Attendance.InRoom, Self(secretariat), At);

        Assert.All([shakyo, police, other], p => Assert.True(p.HasPledgedFor(meeting.FiscalYear)));
    }

    [Fact]
    public void Nothing_may_be_edited_once_the_meeting_is_closed()
    {
        var meeting = Seated();
        meeting.Open(Chair, At);
        meeting.CloseAll(Chair, At);

        Assert.False(meeting.MayEdit(meeting.ParticipantOf(Houkatsu.Id), CaseIn(meeting, CaseA)));
        AssertRefused(meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), HoukatsuAgency, "訪問", Today, Today, Houkatsu, At), "meeting.closed");
    }

    [Fact]
    public void A_pledged_member_may_edit_and_the_gate_says_so()
    {
        var meeting = Seated();

        Assert.True(meeting.MayEdit(meeting.ParticipantOf(Houkatsu.Id), CaseIn(meeting, CaseA)));
        Assert.False(meeting.MayEdit(null, CaseIn(meeting, CaseA)));
    }

    internal static void AssertRefused(Meeting meeting, Action<Meeting> command, string code)
    {
        var before = (meeting.LastSequence, meeting.UncommittedEntries.Count, meeting.Status, meeting.FocusCaseId);
        var cases = CasesIn(meeting).Select(c => (c.Id, c.LastSequence, c.UncommittedEntries.Count)).ToList();

        var error = Assert.Throws<DomainException>(() => command(meeting));

        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(before, (meeting.LastSequence, meeting.UncommittedEntries.Count, meeting.Status, meeting.FocusCaseId));
        Assert.Equal(cases, CasesIn(meeting).Select(c => (c.Id, c.LastSequence, c.UncommittedEntries.Count)).ToList());
    }
}
