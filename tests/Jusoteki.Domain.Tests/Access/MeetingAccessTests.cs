using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Access;

public sealed class MeetingAccessTests
{
    private static Caller As(string userId, string role) => new(new Actor(userId, userId), new HashSet<string> { role }, null);

    [Fact]
    public void A_participant_may_open_the_meeting()
    {
        var meeting = December();
        meeting.AddParticipant(Guid.NewGuid(), "地域包括 佐藤", "houkatsu", HoukatsuAgency.Id, MeetingRole.Member, [], null, Chair, At);

        Assert.True(MeetingAccess.MayOpen(meeting, As("houkatsu", AppRoles.AgencyStaff)));
    }

    [Fact]
    public void An_agency_member_not_invited_may_not_open_the_meeting()
    {
        var error = Assert.Throws<DomainException>(() => MeetingAccess.RequireMayOpen(December(), As("police", AppRoles.AgencyStaff)));

        Assert.Equal("access.not-invited", error.Code);
        Assert.Equal("この会議に招かれていないため、開くことができません。", error.Message);
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Secretariat)]
    [InlineData(AppRoles.Coordinator)]
    public void The_city_staff_who_run_meetings_may_open_any(string role)
    {
        Assert.True(MeetingAccess.MayOpen(December(), As("staff", role)));
    }

    [Theory]
    [InlineData(AppRoles.Reviewer)]
    [InlineData(AppRoles.Administrator)]
    public void Reviewers_and_administrators_who_are_not_participants_may_not(string role)
    {
        Assert.False(MeetingAccess.MayOpen(December(), As("someone", role)));
    }
}
