using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>Participants, attendance, and C3 — the confidentiality pledge.</summary>
public sealed class ParticipantTests
{
    private readonly Meeting _meeting = December();

    [Fact]
    public void A_member_joins_with_agency_role_and_no_pledge_yet()
    {
        var member = Join(_meeting, MeetingRole.Member, HoukatsuAgency);

        Assert.Equal((HoukatsuAgency.Id, MeetingRole.Member, Attendance.NotRecorded, PledgeKind.None), (member.AgencyId, member.Role, member.Attendance, member.Pledge));
        Assert.False(member.HasPledgedFor(_meeting.FiscalYear));
    }

    [Theory]
    [InlineData(MeetingRole.Chair)]
    [InlineData(MeetingRole.Secretariat)]
    [InlineData(MeetingRole.Member)]
    public void Chair_secretariat_and_members_must_speak_for_an_agency(MeetingRole role)
    {
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => Join(_meeting, role)).Code);
    }

    [Fact]
    public void A_second_chair_is_refused()
    {
        Join(_meeting, MeetingRole.Chair, CityAgency);
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => Join(_meeting, MeetingRole.Chair, CityAgency)).Code);
    }

    [Fact]
    public void The_person_joins_for_their_own_case_on_the_agenda_and_for_no_agency()
    {
        var person = Join(_meeting, MeetingRole.Person, personOf: CaseA);
        Assert.Equal(CaseA, person.PersonOfCaseId);

        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => Join(_meeting, MeetingRole.Person)).Code);
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => Join(_meeting, MeetingRole.Person, personOf: Guid.NewGuid())).Code);
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => Join(_meeting, MeetingRole.Member, HoukatsuAgency, personOf: CaseA)).Code);
    }

    [Fact]
    public void A_member_invited_for_particular_cases_names_cases_on_the_agenda()
    {
        var police = Join(_meeting, MeetingRole.Member, PoliceAgency, invitedFor: [CaseB]);

        Assert.True(police.IsInvitedFor(CaseB));
        Assert.False(police.IsInvitedFor(CaseA));
        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() =>
            Join(_meeting, MeetingRole.Member, PoliceAgency, invitedFor: [Guid.NewGuid()])).Code);
    }

    [Fact]
    public void The_same_user_cannot_join_twice()
    {
        _meeting.AddParticipant(Guid.NewGuid(), "佐藤", "sato", HoukatsuAgency.Id, MeetingRole.Member, [], null, Chair, At);
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() =>
            _meeting.AddParticipant(Guid.NewGuid(), "佐藤", "sato", HoukatsuAgency.Id, MeetingRole.Member, [], null, Chair, At)).Code);
    }

    [Fact]
    public void Attendance_is_recorded_and_an_unchanged_or_unknown_participant_is_refused()
    {
        var member = Join(_meeting, MeetingRole.Member, HoukatsuAgency);

        _meeting.RecordAttendance(member.Id, Attendance.Remote, Self(member), At);

        Assert.Equal(Attendance.Remote, member.Attendance);
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => _meeting.RecordAttendance(member.Id, Attendance.Remote, Self(member), At)).Code);
        Assert.Equal("participant.not-found", Assert.Throws<DomainException>(() => _meeting.RecordAttendance(Guid.NewGuid(), Attendance.InRoom, Self(member), At)).Code);
    }

    [Fact]
    public void A_pledge_for_this_meeting_is_recorded_once()
    {
        var member = Join(_meeting, MeetingRole.Member, HoukatsuAgency);

        _meeting.RecordPledge(member.Id, PledgeKind.ThisMeeting, Self(member), At);

        Assert.True(member.HasPledgedFor(_meeting.FiscalYear));
        Assert.Equal(At, member.PledgedAt);
        Assert.Equal("pledge.already-recorded", Assert.Throws<DomainException>(() => _meeting.RecordPledge(member.Id, PledgeKind.ThisMeeting, Self(member), At)).Code);
    }

    [Fact]
    public void A_standing_pledge_covers_the_fiscal_year_of_the_meeting()
    {
        var minsei = Join(_meeting, MeetingRole.Member, ShakyoAgency);

        _meeting.RecordPledge(minsei.Id, PledgeKind.StandingForFiscalYear, Self(minsei), At);

        Assert.Equal(2026, minsei.PledgeFiscalYear);
        Assert.True(minsei.HasPledgedFor(2026));
        Assert.False(minsei.HasPledgedFor(2027));
    }

    [Fact]
    public void Pledges_belong_to_support_meetings_only()
    {
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting);
        var member = Join(meeting, MeetingRole.Member, HoukatsuAgency);
        Assert.Equal("pledge.meeting-kind", Assert.Throws<DomainException>(() => meeting.RecordPledge(member.Id, PledgeKind.ThisMeeting, Self(member), At)).Code);
    }

    [Fact]
    public void A_pledge_of_no_kind_is_refused()
    {
        var member = Join(_meeting, MeetingRole.Member, HoukatsuAgency);
        Assert.Equal("participant.invalid", Assert.Throws<DomainException>(() => _meeting.RecordPledge(member.Id, PledgeKind.None, Self(member), At)).Code);
    }

    [Fact]
    public void The_fiscal_year_runs_from_april_to_march_and_is_named_in_reiwa()
    {
        Assert.Equal(2026, FiscalYear.Of(new DateOnly(2027, 3, 31)));
        Assert.Equal(2027, FiscalYear.Of(new DateOnly(2027, 4, 1)));
        Assert.Equal("令和8年度", FiscalYear.JapaneseName(2026));
    }
}
