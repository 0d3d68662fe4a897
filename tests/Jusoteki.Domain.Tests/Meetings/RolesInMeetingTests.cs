using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingAuthorityTests;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>役割分担 and 主担当機関 as the meeting proceeds: on the case and in the meeting's journal, both or neither.</summary>
public sealed class RolesInMeetingTests
{
    private static readonly DateOnly Due = new(2027, 1, 14);
    private readonly Meeting _meeting = InSession();

    [Fact]
    public void An_assigned_role_is_on_the_case_with_proposer_time_and_meeting_and_in_the_journal()
    {
        var roleId = Guid.NewGuid();

        var entry = _meeting.AssignRole(CaseIn(_meeting, CaseA), roleId, HoukatsuAgency, " 母への月1回の訪問 ", Due, Today, Houkatsu, At);

        Assert.Equal(new RoleAssignedInMeeting(CaseA, roleId, HoukatsuAgency.Id, "母への月1回の訪問", Due), entry.Event);
        Assert.Equal((Houkatsu, At), (entry.Actor, entry.OccurredAt));
        var role = Assert.Single(CaseIn(_meeting, CaseA).Roles);
        Assert.Equal((roleId, HoukatsuAgency.Id, "母への月1回の訪問", Due, RoleStatus.NotStarted), (role.Id, role.AgencyId, role.Description, role.DueDate, role.Status));
        Assert.Equal((Houkatsu.DisplayName, At, (Guid?)_meeting.Id), (role.ProposedBy, role.ProposedAt, role.MeetingId));
    }

    [Fact]
    public void A_role_for_an_agency_that_may_not_receive_the_case_is_refused()
    {
        AssertRefused(_meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), ShakyoAgency, "訪問", Due, Today, Houkatsu, At), "role.agency-not-entitled");

        // Present but not pledged is not enough either.
        _meeting.AddParticipant(Guid.NewGuid(), "社協 鈴木", "shakyo", ShakyoAgency.Id, MeetingRole.Member, [], null, Chair, At);
        AssertRefused(_meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), ShakyoAgency, "訪問", Due, Today, Houkatsu, At), "role.agency-not-entitled");
    }

    [Fact]
    public void An_agency_within_the_consent_scope_may_take_a_role_without_being_present()
    {
        var consented = Case(consent: ConsentState.Granted, scope: [HoukatsuAgency, ShakyoAgency]);
        var meeting = InSession(MeetingKind.MultiLayeredSupportMeeting, consented);

        meeting.AssignRole(consented, Guid.NewGuid(), ShakyoAgency, "ピアグループの紹介", Due, Today, Houkatsu, At);

        Assert.Equal(ShakyoAgency.Id, Assert.Single(consented.Roles).AgencyId);
    }

    [Theory]
    [InlineData("", "role.description-empty")]
    [InlineData("   ", "role.description-empty")]
    public void A_role_without_text_is_refused_in_both_aggregates(string text, string code)
    {
        AssertRefused(_meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), HoukatsuAgency, text, Due, Today, Houkatsu, At), code);
    }

    [Fact]
    public void A_role_with_over_long_text_or_a_past_due_date_is_refused_in_both_aggregates()
    {
        AssertRefused(_meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), HoukatsuAgency, new string('訪', SupportCase.RoleDescriptionMaxLength + 1), Due, Today, Houkatsu, At), "role.description-too-long");
        AssertRefused(_meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), HoukatsuAgency, "訪問", Today.AddDays(-1), Today, Houkatsu, At), "role.due-date-in-past");
    }

    [Fact]
    public void A_pseudonymised_participant_cannot_assign_roles_or_the_lead()
    {
        var shakyo = new Actor("shakyo", "社協 鈴木");
        _meeting.AddParticipant(Guid.NewGuid(), shakyo.DisplayName, shakyo.Id, ShakyoAgency.Id, MeetingRole.Member, [], null, Chair, At);

        AssertRefused(_meeting, m => m.AssignRole(CaseIn(m, CaseA), Guid.NewGuid(), HoukatsuAgency, "訪問", Due, Today, shakyo, At), "meeting.case-not-editable");
        AssertRefused(_meeting, m => m.SetLeadAgency(CaseIn(m, CaseA), HoukatsuAgency, shakyo, At), "meeting.case-not-editable");
    }

    [Fact]
    public void The_lead_agency_is_set_replaced_and_journalled()
    {
        var supportCase = CaseIn(_meeting, CaseA);
        Seat(_meeting, new Actor("shakyo", "社協 鈴木"), MeetingRole.Member, ShakyoAgency);

        var first = _meeting.SetLeadAgency(supportCase, HoukatsuAgency, Chair, At);
        _meeting.SetLeadAgency(supportCase, ShakyoAgency, Chair, At);

        Assert.Equal(new LeadAgencySetInMeeting(CaseA, HoukatsuAgency.Id), first.Event);
        Assert.Equal(ShakyoAgency.Id, supportCase.LeadAgencyId);
        AssertRefused(_meeting, m => m.SetLeadAgency(supportCase, ShakyoAgency, Chair, At), "case.invalid");
    }
}
