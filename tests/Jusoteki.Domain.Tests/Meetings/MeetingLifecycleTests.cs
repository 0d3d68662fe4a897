using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

public sealed class MeetingLifecycleTests
{
    [Fact]
    public void A_scheduled_meeting_is_in_preparation_with_its_agenda_in_order()
    {
        var meeting = December();

        Assert.Equal(MeetingStatus.Preparing, meeting.Status);
        Assert.Equal([CaseA, CaseB], meeting.Agenda.Select(a => a.CaseId));
        Assert.Equal([1, 2], meeting.Agenda.Select(a => a.Order));
        Assert.Equal(3, meeting.LastSequence);
    }

    [Fact]
    public void Preparing_meeting_opens_then_closes()
    {
        var meeting = Seated();

        var opened = meeting.Open(Chair, At);
        var closed = meeting.Close(CasesIn(meeting), Chair, At);

        Assert.IsType<MeetingOpened>(opened.Event);
        Assert.IsType<MeetingClosed>(closed.Event);
        Assert.Equal(MeetingStatus.Closed, meeting.Status);
    }

    [Fact]
    public void Opening_an_open_meeting_is_refused()
    {
        var meeting = Seated();
        meeting.Open(Chair, At);
        var sequence = meeting.LastSequence;

        var error = Assert.Throws<DomainException>(() => meeting.Open(Chair, At));

        Assert.Equal("meeting.cannot-open", error.Code);
        Assert.Equal(sequence, meeting.LastSequence);
    }

    [Fact]
    public void Closing_a_meeting_in_preparation_is_refused()
    {
        var meeting = Seated();

        var error = Assert.Throws<DomainException>(() => meeting.CloseAll(Chair, At));

        Assert.Equal("meeting.cannot-close", error.Code);
        Assert.Equal(MeetingStatus.Preparing, meeting.Status);
    }

    [Fact]
    public void Reopening_a_closed_meeting_is_refused()
    {
        var meeting = Seated();
        meeting.Open(Chair, At);
        meeting.CloseAll(Chair, At);

        Assert.Equal("meeting.cannot-open", Assert.Throws<DomainException>(() => meeting.Open(Chair, At)).Code);
    }

    [Theory]
    [InlineData("", "市役所")]
    [InlineData("支援会議", " ")]
    public void Scheduling_without_title_or_place_is_refused(string title, string place)
    {
        var error = Assert.Throws<DomainException>(() =>
            Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, title, At, place, Chair, At));
        Assert.Equal("meeting.invalid-schedule", error.Code);
    }

    [Fact]
    public void Scheduling_an_unknown_kind_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            Meeting.Schedule(Guid.NewGuid(), (MeetingKind)42, "会議", At, "市役所", Chair, At));
        Assert.Equal("meeting.invalid-schedule", error.Code);
    }

    [Fact]
    public void Marking_committed_clears_uncommitted_entries_but_keeps_the_sequence()
    {
        var meeting = Seated();
        meeting.Open(Chair, At);

        meeting.MarkCommitted();

        Assert.Empty(meeting.UncommittedEntries);
        Assert.Equal(8, meeting.LastSequence); // scheduled, 2 cases, 2 participants with their pledges, opened
    }

    [Fact]
    public void Focus_follows_the_chair_only_while_open_and_only_onto_agenda_cases()
    {
        var meeting = Seated();
        Assert.Equal("meeting.not-open", Assert.Throws<DomainException>(() => meeting.SetFocus(CaseA, Chair, At)).Code);
        meeting.Open(Chair, At);

        meeting.SetFocus(CaseB, Chair, At);

        Assert.Equal(CaseB, meeting.FocusCaseId);
        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() => meeting.SetFocus(Guid.NewGuid(), Chair, At)).Code);
        meeting.CloseAll(Chair, At);
        Assert.Null(meeting.FocusCaseId);
    }

    [Fact]
    public void Replaying_the_journal_rebuilds_the_same_meeting()
    {
        var (meeting, journal) = MeetingWithEveryKindOfEvent();

        var replayed = Meeting.Replay(journal);

        Assert.Equal(Snapshot(meeting), Snapshot(replayed));
    }

    [Fact]
    public void Replaying_nothing_is_refused_as_not_found()
    {
        Assert.Equal("meeting.not-found", Assert.Throws<DomainException>(() => Meeting.Replay([])).Code);
    }

    private static (Meeting Meeting, List<JournalEntry> Journal) MeetingWithEveryKindOfEvent()
    {
        var supportCase = Case(CaseA, consent: ConsentState.Granted);
        var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.MultiLayeredSupportMeeting, "会議", At, "市役所", Chair, At);
        meeting.AddToAgenda(supportCase, Chair, At);
        meeting.AddParticipant(Guid.NewGuid(), Chair.DisplayName, Chair.Id, CityAgency.Id, MeetingRole.Chair, [], null, Chair, At);
        var participant = Guid.NewGuid();
        meeting.AddParticipant(participant, "地域包括 佐藤", "houkatsu", HoukatsuAgency.Id, MeetingRole.Member, [], null, Chair, At);
        meeting.RecordAttendance(participant, Attendance.Remote, Houkatsu, At);
        meeting.Open(Chair, At);
        meeting.SetFocus(CaseA, Chair, At);
        meeting.EditSupportPolicy(supportCase, "方針", 0, Houkatsu, At);
        meeting.EditWatching(supportCase, "民生委員が週1回", 0, Houkatsu, At);
        meeting.EditAgencyNote(supportCase, HoukatsuAgency.Id, "11/18 訪問", 0, Houkatsu, At);
        meeting.SetNextReviewDate(supportCase, new DateOnly(2027, 1, 14), 0, Today, Chair, At);
        meeting.NoteResourceGap(supportCase, "居場所が市北部にない", Chair, At);
        meeting.AssignRole(supportCase, Guid.NewGuid(), HoukatsuAgency, "月1回の訪問", new DateOnly(2027, 1, 14), Today, Houkatsu, At);
        meeting.SetLeadAgency(supportCase, HoukatsuAgency, Chair, At);
        var plan = Guid.NewGuid();
        meeting.DraftPlan(supportCase, plan, [new PlanGoal("父のレスパイト", [HoukatsuAgency.Id])], [HoukatsuAgency], Houkatsu, At);
        meeting.AdoptPlan(supportCase, plan, Chair, At);
        meeting.Close([supportCase], Chair, At);
        return (meeting, [.. meeting.UncommittedEntries]);
    }

    private static string Snapshot(Meeting m) =>
        $"{m.Id}|{m.Kind}|{m.Title}|{m.StartsAt}|{m.Place}|{m.Status}|{m.FocusCaseId}|{m.LastSequence}|" +
        string.Join(";", m.Agenda.Select(a => $"{a.CaseId}:{a.Order}:{a.SupportPolicy}:{a.SupportPolicyVersion}:{a.Watching}:{a.WatchingEditedBy}:" +
            $"{a.NextReviewDate}:{a.NextReviewDateVersion}:{string.Join(",", a.ResourceGaps)}:{string.Join(",", a.AgencyNotes)}")) + "|" +
        string.Join(";", m.Participants.Select(p => $"{p.Id}:{p.Role}:{p.AgencyId}:{p.Attendance}:{p.Pledge}:{p.PledgeFiscalYear}"));
}
