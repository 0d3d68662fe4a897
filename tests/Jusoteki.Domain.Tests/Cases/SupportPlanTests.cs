using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>C5 and C2 — 支援プラン: drafted and adopted only with consent, only in a 重層的支援会議; frozen on withdrawal.</summary>
public sealed class SupportPlanTests
{
    private static readonly PlanGoal[] Goals =
    [
        new("父のレスパイトを月2回確保する", [HoukatsuAgency.Id]),
        new("ピアグループにつなぐ", [ShakyoAgency.Id]),
    ];

    private static (SupportCase Case, Meeting Meeting, Guid PlanId) ReadyToAdopt(MeetingKind kind = MeetingKind.MultiLayeredSupportMeeting)
    {
        var supportCase = Case(consent: ConsentState.Granted);
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        var planId = Guid.NewGuid();
        supportCase.DraftPlan(planId, Goals, Houkatsu, At);
        var meeting = NewMeeting(kind, supportCase);
        SeatChair(meeting);
        meeting.Open(Chair, At);
        return (supportCase, meeting, planId);
    }

    [Fact]
    public void A_consented_case_gets_a_drafted_plan_version_1_then_2()
    {
        var supportCase = Case(consent: ConsentState.Granted);

        supportCase.DraftPlan(Guid.NewGuid(), Goals, Houkatsu, At);
        supportCase.DraftPlan(Guid.NewGuid(), Goals, Houkatsu, At);

        Assert.Equal([1, 2], supportCase.Plans.Select(p => p.Version));
        Assert.All(supportCase.Plans, p => Assert.Equal(PlanStatus.Draft, p.Status));
        Assert.Equal([ShakyoAgency.Id], supportCase.Plans[0].Goals[1].AgencyIds);
    }

    [Theory]
    [InlineData(ConsentState.Unconfirmed)]
    [InlineData(ConsentState.Refused)]
    [InlineData(ConsentState.Withdrawn)]
    public void Drafting_a_plan_without_consent_is_refused(ConsentState state)
    {
        var supportCase = Case(consent: state);
        Assert.Equal("plan.consent-required", Assert.Throws<DomainException>(() => supportCase.DraftPlan(Guid.NewGuid(), Goals, Houkatsu, At)).Code);
        Assert.Empty(supportCase.Plans);
    }

    [Fact]
    public void A_plan_needs_goals_each_with_an_agency()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        Assert.Equal("plan.goals-required", Assert.Throws<DomainException>(() => supportCase.DraftPlan(Guid.NewGuid(), [], Houkatsu, At)).Code);
        Assert.Equal("plan.goals-required", Assert.Throws<DomainException>(() =>
            supportCase.DraftPlan(Guid.NewGuid(), [new PlanGoal("目標", [])], Houkatsu, At)).Code);
    }

    [Fact]
    public void An_open_multi_layered_meeting_adopts_the_plan_of_a_consented_case_with_a_lead_agency()
    {
        var (supportCase, meeting, planId) = ReadyToAdopt();

        supportCase.AdoptPlan(planId, meeting, Chair, At);

        var plan = supportCase.AdoptedPlan!;
        Assert.Equal((planId, PlanStatus.Adopted, (Guid?)meeting.Id, (DateTimeOffset?)At), (plan.Id, plan.Status, plan.AdoptedInMeetingId, plan.AdoptedAt));
    }

    [Fact]
    public void A_support_meeting_cannot_adopt_a_plan()
    {
        var (supportCase, meeting, planId) = ReadyToAdopt(MeetingKind.SupportMeeting);
        Assert.Equal("plan.meeting-kind", Assert.Throws<DomainException>(() => supportCase.AdoptPlan(planId, meeting, Chair, At)).Code);
        Assert.Null(supportCase.AdoptedPlan);
    }

    [Fact]
    public void A_meeting_that_is_not_open_cannot_adopt_a_plan()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        var planId = Guid.NewGuid();
        supportCase.DraftPlan(planId, Goals, Houkatsu, At);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, supportCase);

        Assert.Equal("meeting.not-open", Assert.Throws<DomainException>(() => supportCase.AdoptPlan(planId, meeting, Chair, At)).Code);
    }

    [Fact]
    public void A_plan_is_adopted_only_for_a_case_on_the_meeting_agenda()
    {
        var (supportCase, _, planId) = ReadyToAdopt();
        var otherMeeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting);
        SeatChair(otherMeeting);
        otherMeeting.Open(Chair, At);

        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() => supportCase.AdoptPlan(planId, otherMeeting, Chair, At)).Code);
    }

    [Fact]
    public void Adopting_a_plan_needs_a_lead_agency()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var planId = Guid.NewGuid();
        supportCase.DraftPlan(planId, Goals, Houkatsu, At);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        SeatChair(meeting);
        meeting.Open(Chair, At);

        Assert.Equal("case.lead-agency-required", Assert.Throws<DomainException>(() => supportCase.AdoptPlan(planId, meeting, Chair, At)).Code);
    }

    [Fact]
    public void Adopting_a_later_version_supersedes_the_earlier_one_and_an_adopted_version_cannot_be_adopted_again()
    {
        var (supportCase, meeting, v1) = ReadyToAdopt();
        supportCase.AdoptPlan(v1, meeting, Chair, At);
        var v2 = Guid.NewGuid();
        supportCase.DraftPlan(v2, Goals, Houkatsu, At);

        supportCase.AdoptPlan(v2, meeting, Chair, At);

        Assert.Equal([PlanStatus.Superseded, PlanStatus.Adopted], supportCase.Plans.Select(p => p.Status));
        Assert.Equal("plan.not-draft", Assert.Throws<DomainException>(() => supportCase.AdoptPlan(v1, meeting, Chair, At)).Code);
    }

    [Fact]
    public void Withdrawing_consent_freezes_every_plan_and_a_frozen_plan_cannot_be_adopted()
    {
        var (supportCase, meeting, v1) = ReadyToAdopt();
        supportCase.AdoptPlan(v1, meeting, Chair, At);
        var v2 = Guid.NewGuid();
        supportCase.DraftPlan(v2, Goals, Houkatsu, At);

        supportCase.WithdrawConsent(Today, Houkatsu, At);

        Assert.All(supportCase.Plans, p => Assert.Equal(PlanStatus.Frozen, p.Status));
        Assert.Equal(2, supportCase.Plans[0].Goals.Count);
        Assert.Equal("plan.not-draft", Assert.Throws<DomainException>(() => supportCase.AdoptPlan(v2, meeting, Chair, At)).Code);
    }

    [Fact]
    public void Ending_the_case_evaluates_its_adopted_plan()
    {
        var (supportCase, meeting, planId) = ReadyToAdopt();
        supportCase.AdoptPlan(planId, meeting, Chair, At);
        supportCase.MoveTo(LifecycleStage.Assessment, Chair, At);
        supportCase.MoveTo(LifecycleStage.Meeting, Chair, At);
        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);

        supportCase.End(LifecycleStage.ContinuedConnection, "レスパイトが定着。ピアグループには月1回参加。", Chair, At);

        var plan = supportCase.Plans.Single(p => p.Id == planId);
        Assert.Equal((PlanStatus.Evaluated, "レスパイトが定着。ピアグループには月1回参加。"), (plan.Status, plan.Evaluation));
    }
}
