using Jusoteki.Domain.Access;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Reports;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Reports;

/// <summary>Who may read a 社会資源の不足's words as noted: the meeting's pledged members (C7), or C10 outside meetings — nobody else.</summary>
public sealed class ResourceGapSightTests
{
    private static CaseReader Reader(string userId, Guid? agencyId) =>
        new(new Caller(new Jusoteki.Domain.Common.Actor(userId, userId), new HashSet<string> { AppRoles.Secretariat }, agencyId), HasStandingPledge: false);

    [Fact]
    public void A_pledged_member_of_the_meeting_reads_the_words_of_a_case_without_consent()
    {
        var meeting = Seated();

        var (mayRead, audit) = ResourceGapSight.Of(meeting, CaseIn(meeting, CaseA), Reader(Houkatsu.Id, HoukatsuAgency.Id), Today, At, "社会資源の不足の確認");

        Assert.True(mayRead);
        Assert.NotNull(audit); // C6: personal information of a case without consent was shown
    }

    [Fact]
    public void A_secretariat_who_was_not_in_the_meeting_and_has_no_c10_reason_does_not()
    {
        var meeting = Seated();

        var (mayRead, audit) = ResourceGapSight.Of(meeting, CaseIn(meeting, CaseA), Reader("jimukyoku", CityAgency.Id), Today, At, "社会資源の不足の確認");

        Assert.False(mayRead);
        Assert.Null(audit);
    }
}
