using Jusoteki.Domain.Cases;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

public sealed class SupportCaseTests
{
    [Fact]
    public void Pseudonymised_summary_names_no_person_and_no_household_member()
    {
        var supportCase = Case();

        Assert.Equal("ケースA-01・50代男性・8050・ひきこもり", supportCase.PseudonymisedSummary);
        Assert.DoesNotContain("緑川", supportCase.PseudonymisedSummary);
    }

    [Fact]
    public void A_new_case_starts_at_intake_with_its_household_and_unconfirmed_consent()
    {
        var supportCase = Case();

        Assert.Equal(LifecycleStage.Intake, supportCase.Stage);
        Assert.Equal(ConsentState.Unconfirmed, supportCase.Consent);
        Assert.Equal("母", Assert.Single(supportCase.Household).Relation);
    }

    [Theory]
    [InlineData("", "緑川 健一")]
    [InlineData("ケースA-01", " ")]
    public void Opening_a_case_without_pseudonym_or_name_is_refused(string pseudonym, string name)
    {
        var error = Assert.Throws<Jusoteki.Domain.Common.DomainException>(() =>
            SupportCase.Open(Guid.NewGuid(), pseudonym, name, "50代", "男性", [], [], [], Chair, At));
        Assert.Equal("case.invalid", error.Code);
    }

    [Fact]
    public void Replaying_the_history_rebuilds_the_same_case()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), "ケースA-09", "西田 蓮", "10代", "男性", [], [IssueTag.YoungCarer], [], Chair, At);
        supportCase.RecordConsultation(new Consultation(Today, HoukatsuAgency.Id, "学校から相談"), Houkatsu, At);
        supportCase.GrantConsent(Today, ConsentMethod.Written, [HoukatsuAgency.Id], Houkatsu, At);
        supportCase.MoveTo(LifecycleStage.Assessment, Houkatsu, At);
        supportCase.MoveTo(LifecycleStage.Meeting, Houkatsu, At);
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        supportCase.SetFlags(true, false, true, Chair, At);
        var role = Guid.NewGuid();
        supportCase.AssignRole(role, HoukatsuAgency, "訪問", Today.AddDays(7), Today, null, Chair, At);
        supportCase.ChangeRoleStatus(role, RoleStatus.InProgress, Houkatsu, At);
        supportCase.AddProgressNote(role, "訪問した", Houkatsu, At);
        supportCase.DraftPlan(Guid.NewGuid(), [new PlanGoal("目標", [HoukatsuAgency.Id])], Houkatsu, At);
        supportCase.WithdrawConsent(Today, Houkatsu, At);
        var history = supportCase.UncommittedEntries.ToList();

        var replayed = SupportCase.Replay(history);

        Assert.Equal(Snapshot(supportCase), Snapshot(replayed));
    }

    internal static string Snapshot(SupportCase c) =>
        $"{c.Id}|{c.Pseudonym}|{c.PersonName}|{c.Stage}|{c.Consent}|{string.Join(",", c.ConsentScope)}|{c.LeadAgencyId}|{c.Urgent}{c.Outreach}{c.ParticipationSupport}|{c.LastSequence}|" +
        string.Join(";", c.Household) + "|" + string.Join(";", c.Consultations) + "|" +
        string.Join(";", c.ConsentHistory.Select(r => $"{r.Number}:{r.State}:{r.Date}:{r.Method}:{r.RecordedBy}:{string.Join(",", r.Scope)}")) + "|" +
        string.Join(";", c.Roles.Select(r => $"{r.Id}:{r.AgencyId}:{r.Description}:{r.DueDate}:{r.Status}:{r.ProposedBy}:{string.Join(",", r.Notes)}")) + "|" +
        string.Join(";", c.Plans.Select(p => $"{p.Id}:{p.Version}:{p.Status}:{p.AdoptedInMeetingId}:{p.Evaluation}:{string.Join(",", p.Goals.Select(g => g.Text + string.Join("+", g.AgencyIds)))}"));
}
