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
        var meeting = December();

        var opened = meeting.Open(Chair, At);
        var closed = meeting.Close(Chair, At);

        Assert.IsType<MeetingOpened>(opened.Event);
        Assert.IsType<MeetingClosed>(closed.Event);
        Assert.Equal(MeetingStatus.Closed, meeting.Status);
    }

    [Fact]
    public void Opening_an_open_meeting_is_refused()
    {
        var meeting = December();
        meeting.Open(Chair, At);
        var sequence = meeting.LastSequence;

        var error = Assert.Throws<DomainException>(() => meeting.Open(Chair, At));

        Assert.Equal("meeting.cannot-open", error.Code);
        Assert.Equal(sequence, meeting.LastSequence);
    }

    [Fact]
    public void Closing_a_meeting_in_preparation_is_refused()
    {
        var meeting = December();

        var error = Assert.Throws<DomainException>(() => meeting.Close(Chair, At));

        Assert.Equal("meeting.cannot-close", error.Code);
        Assert.Equal(MeetingStatus.Preparing, meeting.Status);
    }

    [Fact]
    public void Reopening_a_closed_meeting_is_refused()
    {
        var meeting = December();
        meeting.Open(Chair, At);
        meeting.Close(Chair, At);

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
        var meeting = December();
        meeting.Open(Chair, At);

        meeting.MarkCommitted();

        Assert.Empty(meeting.UncommittedEntries);
        Assert.Equal(4, meeting.LastSequence);
    }

    [Fact]
    public void Focus_follows_the_chair_only_while_open_and_only_onto_agenda_cases()
    {
        var meeting = December();
        Assert.Equal("meeting.not-open", Assert.Throws<DomainException>(() => meeting.SetFocus(CaseA, Chair, At)).Code);
        meeting.Open(Chair, At);

        meeting.SetFocus(CaseB, Chair, At);

        Assert.Equal(CaseB, meeting.FocusCaseId);
        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() => meeting.SetFocus(Guid.NewGuid(), Chair, At)).Code);
        meeting.Close(Chair, At);
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
        var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, "会議", At, "市役所", Chair, At);
        meeting.AddToAgenda(Case(CaseA), Chair, At);
        var participant = Guid.NewGuid();
        meeting.AddParticipant(participant, "地域包括 佐藤", "houkatsu", HoukatsuAgency.Id, MeetingRole.Member, [], null, Chair, At);
        meeting.RecordPledge(participant, PledgeKind.ThisMeeting, Houkatsu, At);
        meeting.RecordAttendance(participant, Attendance.Remote, Houkatsu, At);
        meeting.Open(Chair, At);
        meeting.SetFocus(CaseA, Chair, At);
        meeting.EditSupportPolicy(CaseA, "方針", 0, Houkatsu, At);
        meeting.EditWatching(CaseA, "民生委員が週1回", 0, Houkatsu, At);
        meeting.SetNextReviewDate(CaseA, new DateOnly(2027, 1, 14), Today, Chair, At);
        meeting.NoteResourceGap(CaseA, "居場所が市北部にない", Chair, At);
        meeting.Close(Chair, At);
        return (meeting, [.. meeting.UncommittedEntries]);
    }

    private static string Snapshot(Meeting m) =>
        $"{m.Id}|{m.Kind}|{m.Title}|{m.StartsAt}|{m.Place}|{m.Status}|{m.FocusCaseId}|{m.LastSequence}|" +
        string.Join(";", m.Agenda.Select(a => $"{a.CaseId}:{a.Order}:{a.SupportPolicy}:{a.SupportPolicyVersion}:{a.Watching}:{a.NextReviewDate}:{string.Join(",", a.ResourceGaps)}")) + "|" +
        string.Join(";", m.Participants.Select(p => $"{p.Id}:{p.Role}:{p.AgencyId}:{p.Attendance}:{p.Pledge}:{p.PledgeFiscalYear}"));
}
