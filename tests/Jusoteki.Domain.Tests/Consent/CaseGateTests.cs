using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Tests.Cases;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Consent;

/// <summary>C10 — who sees a case outside a meeting, allowed and forbidden by name.</summary>
public sealed class CaseGateTests
{
    private static CaseReader Reader(string role, Guid? agency = null, bool pledged = false) =>
        new(new Caller(new Actor("u-" + role, role), new HashSet<string> { role }, agency), pledged);

    private static SupportCase Registered(ConsentGrant? consent = null) =>
        SupportCase.Register(CaseA, "ケースA-13", IntakeTests.Registration(consent), Houkatsu, At);

    [Fact]
    public void The_receiving_agency_sees_the_case_in_full()
    {
        var sight = CaseGate.Decide(Registered(), Reader(AppRoles.AgencyStaff, HoukatsuAgency.Id), Today);
        Assert.Equal((Visibility.Full, CaseSightReason.ReceivingAgency), (sight.Visibility, sight.Reason));
    }

    [Fact]
    public void The_lead_agency_sees_the_case_in_full()
    {
        var supportCase = Case();
        supportCase.SetLeadAgency(ShakyoAgency, Chair, At);
        Assert.Equal(CaseSightReason.LeadAgency, CaseGate.Decide(supportCase, Reader(AppRoles.AgencyStaff, ShakyoAgency.Id), Today).Reason);
    }

    [Fact]
    public void An_agency_with_an_open_role_sees_the_case_in_full_and_loses_it_when_the_role_is_done()
    {
        var supportCase = Case();
        var role = Guid.NewGuid();
        supportCase.AssignRole(role, PoliceAgency, "安否確認", Today, Today, null, Chair, At);
        var police = Reader(AppRoles.AgencyStaff, PoliceAgency.Id);
        Assert.Equal(CaseSightReason.OpenRole, CaseGate.Decide(supportCase, police, Today).Reason);

        supportCase.ChangeRoleStatus(role, RoleStatus.Done, Chair, At);
        Assert.Equal(Visibility.Pseudonymised, CaseGate.Decide(supportCase, police, Today).Visibility);
    }

    [Fact]
    public void An_agency_in_the_consent_scope_sees_the_case_in_full_while_the_consent_holds()
    {
        var supportCase = Case(consent: ConsentState.Granted, scope: [ShakyoAgency]);
        var shakyo = Reader(AppRoles.AgencyStaff, ShakyoAgency.Id);
        Assert.Equal(CaseSightReason.ConsentScope, CaseGate.Decide(supportCase, shakyo, Today).Reason);

        supportCase.WithdrawConsent(Today, Houkatsu, At);
        Assert.Equal(Visibility.Pseudonymised, CaseGate.Decide(supportCase, shakyo, Today).Visibility);
    }

    [Fact]
    public void Expired_consent_gives_the_scope_nothing()
    {
        var supportCase = Case();
        supportCase.GrantConsent(new ConsentGrant(Today, ConsentMethod.Written, [ShakyoAgency.Id], ConsentSigner.Person, null, null, Today), Houkatsu, At);
        var shakyo = Reader(AppRoles.AgencyStaff, ShakyoAgency.Id);
        Assert.True(CaseGate.Decide(supportCase, shakyo, Today).IsFull);
        Assert.False(CaseGate.Decide(supportCase, shakyo, Today.AddDays(1)).IsFull);
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Secretariat)]
    [InlineData(AppRoles.Coordinator)]
    public void Meeting_staff_see_every_case_in_full_with_a_standing_pledge_and_none_without(string role)
    {
        var supportCase = Case(consent: ConsentState.Refused);
        Assert.Equal(CaseSightReason.MeetingStaffWithPledge, CaseGate.Decide(supportCase, Reader(role, CityAgency.Id, pledged: true), Today).Reason);
        Assert.Equal(Visibility.Pseudonymised, CaseGate.Decide(supportCase, Reader(role, CityAgency.Id, pledged: false), Today).Visibility);
    }

    [Theory]
    [InlineData(AppRoles.Reviewer)]
    [InlineData(AppRoles.Administrator)]
    [InlineData(AppRoles.AgencyStaff)]
    public void Anyone_else_sees_the_pseudonymised_card_even_with_a_pledge(string role)
    {
        var supportCase = Case(consent: ConsentState.Granted, scope: [HoukatsuAgency]);
        Assert.Equal(Visibility.Pseudonymised, CaseGate.Decide(supportCase, Reader(role, PoliceAgency.Id, pledged: true), Today).Visibility);
        Assert.Equal(Visibility.Pseudonymised, CaseGate.Decide(supportCase, Reader(role, null, pledged: true), Today).Visibility);
    }

    [Fact]
    public void A_full_view_of_an_unconsented_case_is_audited_and_a_consented_one_is_not()
    {
        var houkatsu = Reader(AppRoles.AgencyStaff, HoukatsuAgency.Id);
        var (_, audit) = CaseGate.Disclose(Registered(), houkatsu, Today, At, "ケースの記録");
        Assert.NotNull(audit);
        Assert.Equal(("case.personal-information-shown", CaseA), (audit.Action, audit.CaseId));
        Assert.Contains("ケースA-13", audit.Detail);
        Assert.DoesNotContain("緑川", audit.Detail);

        Assert.Null(CaseGate.Disclose(Registered(IntakeTests.Grant()), houkatsu, Today, At, "ケースの記録").Audit);
        Assert.Null(CaseGate.Disclose(Registered(), Reader(AppRoles.Reviewer), Today, At, "ケースの記録").Audit);
    }

    [Fact]
    public void Writing_about_a_case_needs_the_full_view()
    {
        var error = Assert.Throws<DomainException>(() => CaseGateErrors.RequireFull(new CaseSight(Visibility.Pseudonymised, CaseSightReason.None)));
        Assert.Equal("case.not-entitled", error.Code);
        CaseGateErrors.RequireFull(new CaseSight(Visibility.Full, CaseSightReason.LeadAgency));
    }

    [Fact]
    public void Only_meeting_staff_record_a_standing_pledge_once_a_year()
    {
        var coordinator = Reader(AppRoles.Coordinator).Caller;
        var pledge = StandingPledge.Record(coordinator, alreadyPledged: false, At);
        Assert.Equal(2026, pledge.FiscalYear);
        Assert.Equal("pledge.already", Assert.Throws<DomainException>(() => StandingPledge.Record(coordinator, alreadyPledged: true, At)).Code);
        Assert.Equal("pledge.not-meeting-staff", Assert.Throws<DomainException>(() => StandingPledge.Record(Reader(AppRoles.AgencyStaff).Caller, false, At)).Code);
        Assert.Equal("access.denied", Assert.Throws<DomainException>(() => StandingPledge.Record(Reader(AppRoles.Reviewer).Caller, false, At)).Code);
    }
}
