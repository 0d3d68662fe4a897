using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingAuthorityTests;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>C5 — the 支援プラン in a meeting: drafted and adopted only in a 重層的支援会議, adopted by its chair.</summary>
public sealed class PlanInMeetingTests
{
    private static readonly PlanGoal[] Goals = [new("父のレスパイトを月2回確保する", [HoukatsuAgency.Id])];

    [Fact]
    public void A_plan_drafted_and_adopted_in_a_multi_layered_meeting_is_on_the_case_and_in_the_journal()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var meeting = Seated(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        meeting.Open(Chair, At);
        meeting.SetLeadAgency(supportCase, HoukatsuAgency, Chair, At);
        var planId = Guid.NewGuid();

        var drafted = meeting.DraftPlan(supportCase, planId, Goals, [HoukatsuAgency], Houkatsu, At);
        var adopted = meeting.AdoptPlan(supportCase, planId, Chair, At);

        var draftedEvent = Assert.IsType<PlanDraftedInMeeting>(drafted.Event);
        Assert.Equal((supportCase.Id, planId, 1), (draftedEvent.CaseId, draftedEvent.PlanId, draftedEvent.Version));
        Assert.Equal(Goals.Select(g => (g.Text, g.AgencyIds.Single())), draftedEvent.Goals.Select(g => (g.Text, g.AgencyIds.Single())));
        Assert.Equal(new PlanAdoptedInMeeting(supportCase.Id, planId, 1), adopted.Event);
        Assert.Equal((PlanStatus.Adopted, (Guid?)meeting.Id), (supportCase.AdoptedPlan!.Status, supportCase.AdoptedPlan.AdoptedInMeetingId));
    }

    [Fact]
    public void A_support_meeting_records_no_plan()
    {
        var meeting = Seated();

        AssertRefused(meeting, m => m.DraftPlan(CaseIn(m, CaseA), Guid.NewGuid(), Goals, [HoukatsuAgency], Houkatsu, At), "plan.meeting-kind");
    }

    [Fact]
    public void Only_the_chair_adopts_and_a_goal_for_an_agency_outside_the_case_is_refused()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var meeting = Seated(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        meeting.Open(Chair, At);
        var planId = Guid.NewGuid();
        meeting.DraftPlan(supportCase, planId, Goals, [HoukatsuAgency], Houkatsu, At);

        AssertRefused(meeting, m => m.AdoptPlan(supportCase, planId, Houkatsu, At), "meeting.chair-only");
        AssertRefused(meeting, m => m.DraftPlan(supportCase, Guid.NewGuid(), [new("見守り", [PoliceAgency.Id])], [PoliceAgency], Houkatsu, At), "role.agency-not-entitled");
        AssertRefused(meeting, m => m.DraftPlan(supportCase, Guid.NewGuid(), [new("見守り", [Guid.NewGuid()])], [HoukatsuAgency], Houkatsu, At), "case.unknown-agency");
    }

    [Fact]
    public void A_goal_that_arrives_without_its_agencies_or_text_is_refused_like_an_empty_one()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var meeting = InSession(MeetingKind.MultiLayeredSupportMeeting, supportCase);

        AssertRefused(meeting, m => m.DraftPlan(supportCase, Guid.NewGuid(), [new("見守り", null!)], [HoukatsuAgency], Houkatsu, At), "plan.goals-required");
        AssertRefused(meeting, m => m.DraftPlan(supportCase, Guid.NewGuid(), [new(null!, [HoukatsuAgency.Id])], [HoukatsuAgency], Houkatsu, At), "plan.goals-required");
        AssertRefused(meeting, m => m.DraftPlan(supportCase, Guid.NewGuid(), [], [HoukatsuAgency], Houkatsu, At), "plan.goals-required");
    }
}
