using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>§5 — the case lifecycle, and the 主担当機関 a case needs once support is decided (§4).</summary>
public sealed class LifecycleTests
{
    private static SupportCase InMeetingStage()
    {
        var supportCase = Case();
        supportCase.MoveTo(LifecycleStage.Assessment, Chair, At);
        supportCase.MoveTo(LifecycleStage.Meeting, Chair, At);
        return supportCase;
    }

    [Fact]
    public void A_case_moves_from_intake_through_support_to_monitoring_with_a_lead_agency()
    {
        var supportCase = InMeetingStage();
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);

        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);
        supportCase.MoveTo(LifecycleStage.Monitoring, Chair, At);

        Assert.Equal(LifecycleStage.Monitoring, supportCase.Stage);
    }

    [Theory]
    [InlineData(LifecycleStage.Meeting)]
    [InlineData(LifecycleStage.InSupport)]
    [InlineData(LifecycleStage.Monitoring)]
    public void Skipping_a_stage_from_intake_is_refused(LifecycleStage target)
    {
        var supportCase = Case();
        Assert.Equal("case.illegal-stage-move", Assert.Throws<DomainException>(() => supportCase.MoveTo(target, Chair, At)).Code);
        Assert.Equal(LifecycleStage.Intake, supportCase.Stage);
    }

    [Fact]
    public void Support_cannot_start_without_a_lead_agency()
    {
        var supportCase = InMeetingStage();
        Assert.Equal("case.lead-agency-required", Assert.Throws<DomainException>(() => supportCase.MoveTo(LifecycleStage.InSupport, Chair, At)).Code);
    }

    [Fact]
    public void Setting_another_lead_agency_replaces_it_so_there_is_exactly_one()
    {
        var supportCase = InMeetingStage();
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);

        supportCase.SetLeadAgency(ShakyoAgency, Chair, At);

        Assert.Equal(ShakyoAgency.Id, supportCase.LeadAgencyId);
        Assert.Equal("case.invalid", Assert.Throws<DomainException>(() => supportCase.SetLeadAgency(ShakyoAgency, Chair, At)).Code);
    }

    [Theory]
    [InlineData(LifecycleStage.Closed)]
    [InlineData(LifecycleStage.ContinuedConnection)]
    public void Ending_goes_through_End_with_an_evaluation_not_MoveTo(LifecycleStage outcome)
    {
        var supportCase = InMeetingStage();
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);

        Assert.Equal("case.illegal-stage-move", Assert.Throws<DomainException>(() => supportCase.MoveTo(outcome, Chair, At)).Code);
        Assert.Equal("case.evaluation-required", Assert.Throws<DomainException>(() => supportCase.End(outcome, " ", Chair, At)).Code);
        supportCase.End(outcome, "母の介護サービスが定着した", Chair, At);
        Assert.Equal(outcome, supportCase.Stage);
    }

    [Fact]
    public void A_closed_case_refuses_roles_and_flags_and_may_only_reopen_at_intake()
    {
        var supportCase = InMeetingStage();
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);
        supportCase.End(LifecycleStage.Closed, "終結", Chair, At);

        Assert.Equal("case.ended", Assert.Throws<DomainException>(() =>
            supportCase.AssignRole(Guid.NewGuid(), HoukatsuAgency, "訪問", Today, Today, null, Chair, At)).Code);
        Assert.Equal("case.ended", Assert.Throws<DomainException>(() => supportCase.SetFlags(true, false, false, Chair, At)).Code);
        Assert.Equal("case.illegal-stage-move", Assert.Throws<DomainException>(() => supportCase.MoveTo(LifecycleStage.InSupport, Chair, At)).Code);
        supportCase.MoveTo(LifecycleStage.Intake, Chair, At);
        Assert.Equal(LifecycleStage.Intake, supportCase.Stage);
    }

    [Fact]
    public void A_case_that_keeps_a_connection_can_return_to_support()
    {
        var supportCase = InMeetingStage();
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);
        supportCase.End(LifecycleStage.ContinuedConnection, "月1回の声かけを続ける", Chair, At);

        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);

        Assert.Equal(LifecycleStage.InSupport, supportCase.Stage);
    }

    [Fact]
    public void Flags_are_set_together_and_an_unchanged_set_is_refused()
    {
        var supportCase = Case();
        supportCase.SetFlags(urgent: true, outreach: true, participationSupport: false, Chair, At);

        Assert.True(supportCase.Urgent && supportCase.Outreach && !supportCase.ParticipationSupport);
        Assert.Equal("case.invalid", Assert.Throws<DomainException>(() => supportCase.SetFlags(true, true, false, Chair, At)).Code);
    }
}
