using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Access;

public sealed class MeetingListingTests
{
    private static Caller As(string userId, string role) => new(new Actor(userId, userId), new HashSet<string> { role }, null);

    private static Meeting Closed()
    {
        var meeting = InSession();
        meeting.CloseAll(Chair, At.AddHours(1));
        return meeting;
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Secretariat)]
    [InlineData(AppRoles.Coordinator)]
    public void The_city_staff_who_run_meetings_see_every_board(string role)
    {
        Assert.Equal(MeetingEntry.Board, MeetingListing.EntryFor(December(), As("staff", role), hasApprovedMinutes: false));
        Assert.Equal(MeetingEntry.Board, MeetingListing.EntryFor(Closed(), As("staff", role), hasApprovedMinutes: true));
    }

    [Fact]
    public void An_invited_agency_member_sees_the_board_even_if_invited_for_one_case_only()
    {
        var meeting = December();
        Seat(meeting, new Actor("police", "警察"), MeetingRole.Member, PoliceAgency, [CaseA]);

        Assert.Equal(MeetingEntry.Board, MeetingListing.EntryFor(meeting, As("police", AppRoles.AgencyStaff), hasApprovedMinutes: false));
    }

    [Fact]
    public void An_agency_member_not_invited_does_not_see_a_meeting_that_is_not_closed_with_approved_minutes()
    {
        var police = As("police", AppRoles.AgencyStaff);

        Assert.Equal(MeetingEntry.None, MeetingListing.EntryFor(December(), police, hasApprovedMinutes: false));
        Assert.Equal(MeetingEntry.None, MeetingListing.EntryFor(Closed(), police, hasApprovedMinutes: false));
    }

    [Fact]
    public void A_reviewer_sees_only_closed_meetings_with_approved_minutes_and_only_their_minutes()
    {
        var reviewer = As("etsuran", AppRoles.Reviewer);

        Assert.Equal(MeetingEntry.None, MeetingListing.EntryFor(December(), reviewer, hasApprovedMinutes: false));
        Assert.Equal(MeetingEntry.None, MeetingListing.EntryFor(Closed(), reviewer, hasApprovedMinutes: false));
        Assert.Equal(MeetingEntry.Minutes, MeetingListing.EntryFor(Closed(), reviewer, hasApprovedMinutes: true));
    }

    [Fact]
    public void A_reviewer_seated_as_a_participant_still_gets_no_board_the_permission_table_refuses()
    {
        var meeting = December();
        Seat(meeting, new Actor("etsuran", "閲覧者"), MeetingRole.Member, CityAgency);

        Assert.Equal(MeetingEntry.None, MeetingListing.EntryFor(meeting, As("etsuran", AppRoles.Reviewer), hasApprovedMinutes: false));
    }

    [Fact]
    public void An_administrator_sees_no_meetings()
    {
        Assert.Equal(MeetingEntry.None, MeetingListing.EntryFor(Closed(), As("admin", AppRoles.Administrator), hasApprovedMinutes: true));
    }
}
