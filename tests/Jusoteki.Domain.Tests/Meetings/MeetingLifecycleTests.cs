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
        Assert.Equal(0, meeting.LastSequence);
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
        Assert.Equal(2, meeting.LastSequence);
    }

    [Fact]
    public void Opening_an_open_meeting_is_refused()
    {
        var meeting = December();
        meeting.Open(Chair, At);

        var error = Assert.Throws<DomainException>(() => meeting.Open(Chair, At));

        Assert.Equal("meeting.cannot-open", error.Code);
        Assert.Equal(1, meeting.LastSequence);
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
            Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, title, At, place, []));
        Assert.Equal("meeting.invalid-schedule", error.Code);
    }

    [Fact]
    public void Scheduling_the_same_case_twice_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, "支援会議", At, "市役所", [CaseA, CaseA]));
        Assert.Equal("meeting.invalid-schedule", error.Code);
    }

    [Fact]
    public void Marking_committed_clears_uncommitted_entries_but_keeps_the_sequence()
    {
        var meeting = December();
        meeting.Open(Chair, At);

        meeting.MarkCommitted();

        Assert.Empty(meeting.UncommittedEntries);
        Assert.Equal(1, meeting.LastSequence);
    }
}
