using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>C2 and C8 — which cases a meeting may take.</summary>
public sealed class AgendaTests
{
    [Theory]
    [InlineData(ConsentState.Unconfirmed)]
    [InlineData(ConsentState.Refused)]
    [InlineData(ConsentState.Withdrawn)]
    public void Adding_unconsented_case_to_juusouteki_meeting_is_refused(ConsentState consent)
    {
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting);
        var sequence = meeting.LastSequence;

        var error = Assert.Throws<DomainException>(() => meeting.AddToAgenda(Case(consent: consent), Chair, At));

        Assert.Equal("agenda.consent-required", error.Code);
        Assert.Equal("本人同意が確認できていないため、重層的支援会議では扱えません。支援会議で取り上げてください。", error.Message);
        Assert.Empty(meeting.Agenda);
        Assert.Equal(sequence, meeting.LastSequence);
    }

    [Fact]
    public void A_consented_case_may_go_on_a_juusouteki_meeting()
    {
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting);
        var supportCase = Case(consent: ConsentState.Granted);

        meeting.AddToAgenda(supportCase, Chair, At);

        Assert.True(meeting.HasOnAgenda(supportCase.Id));
    }

    [Theory]
    [InlineData(ConsentState.Unconfirmed)]
    [InlineData(ConsentState.Refused)]
    [InlineData(ConsentState.Withdrawn)]
    [InlineData(ConsentState.Granted)]
    public void A_support_meeting_takes_any_case_whatever_its_consent(ConsentState consent)
    {
        var meeting = NewMeeting(MeetingKind.SupportMeeting);
        var supportCase = Case(consent: consent);

        meeting.AddToAgenda(supportCase, Chair, At);

        Assert.True(meeting.HasOnAgenda(supportCase.Id));
    }

    [Fact]
    public void A_representatives_meeting_takes_no_case()
    {
        var meeting = NewMeeting(MeetingKind.RepresentativesMeeting);
        Assert.Equal("agenda.aggregates-only", Assert.Throws<DomainException>(() =>
            meeting.AddToAgenda(Case(consent: ConsentState.Granted), Chair, At)).Code);
    }

    [Fact]
    public void The_same_case_twice_is_refused()
    {
        var supportCase = Case();
        var meeting = NewMeeting(MeetingKind.SupportMeeting, supportCase);
        Assert.Equal("agenda.duplicate", Assert.Throws<DomainException>(() => meeting.AddToAgenda(supportCase, Chair, At)).Code);
    }

    [Fact]
    public void A_closed_meeting_takes_no_new_case()
    {
        var meeting = NewMeeting(MeetingKind.SupportMeeting);
        SeatChair(meeting);
        meeting.Open(Chair, At);
        meeting.CloseAll(Chair, At);
        Assert.Equal("meeting.closed", Assert.Throws<DomainException>(() => meeting.AddToAgenda(Case(), Chair, At)).Code);
    }
}
