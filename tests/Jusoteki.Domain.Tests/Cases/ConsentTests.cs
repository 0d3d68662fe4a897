using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>C1 — consent state, its history, and the transitions between states.</summary>
public sealed class ConsentTests
{
    [Fact]
    public void Granting_consent_records_date_method_recorder_and_scope()
    {
        var supportCase = Case();

        supportCase.GrantConsent(Today, ConsentMethod.Written, [HoukatsuAgency.Id, ShakyoAgency.Id], Houkatsu, At);

        Assert.Equal(ConsentState.Granted, supportCase.Consent);
        var record = Assert.Single(supportCase.ConsentHistory);
        Assert.Equal((1, Today, ConsentMethod.Written, "地域包括 佐藤"), (record.Number, record.Date, record.Method, record.RecordedBy));
        Assert.Equal([HoukatsuAgency.Id, ShakyoAgency.Id], supportCase.ConsentScope);
        Assert.True(supportCase.IsInConsentScope(ShakyoAgency.Id));
        Assert.False(supportCase.IsInConsentScope(PoliceAgency.Id));
    }

    [Fact]
    public void Granting_consent_without_any_agency_in_scope_is_refused()
    {
        var supportCase = Case();
        var error = Assert.Throws<DomainException>(() => supportCase.GrantConsent(Today, ConsentMethod.Oral, [], Houkatsu, At));
        Assert.Equal("consent.scope-empty", error.Code);
        Assert.Equal(ConsentState.Unconfirmed, supportCase.Consent);
        Assert.Empty(supportCase.UncommittedEntries);
    }

    [Fact]
    public void An_unconfirmed_case_may_refuse()
    {
        var supportCase = Case();
        supportCase.RefuseConsent(Today, Houkatsu, At);
        Assert.Equal(ConsentState.Refused, supportCase.Consent);
    }

    [Fact]
    public void Refusing_twice_is_refused()
    {
        var supportCase = Case(consent: ConsentState.Refused);
        Assert.Equal("consent.already-refused", Assert.Throws<DomainException>(() => supportCase.RefuseConsent(Today, Houkatsu, At)).Code);
    }

    [Fact]
    public void A_granted_consent_cannot_be_refused_only_withdrawn()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        Assert.Equal("consent.refuse-after-grant", Assert.Throws<DomainException>(() => supportCase.RefuseConsent(Today, Houkatsu, At)).Code);
        Assert.Equal(ConsentState.Granted, supportCase.Consent);
    }

    [Fact]
    public void Withdrawing_a_granted_consent_empties_the_scope_and_keeps_the_history()
    {
        var supportCase = Case(consent: ConsentState.Granted);

        supportCase.WithdrawConsent(Today, Houkatsu, At);

        Assert.Equal(ConsentState.Withdrawn, supportCase.Consent);
        Assert.Empty(supportCase.ConsentScope);
        Assert.Equal([ConsentState.Granted, ConsentState.Withdrawn], supportCase.ConsentHistory.Select(r => r.State));
    }

    [Theory]
    [InlineData(ConsentState.Unconfirmed)]
    [InlineData(ConsentState.Refused)]
    [InlineData(ConsentState.Withdrawn)]
    public void Withdrawing_without_a_granted_consent_is_refused(ConsentState state)
    {
        var supportCase = Case(consent: state);
        Assert.Equal("consent.withdraw-without-grant", Assert.Throws<DomainException>(() => supportCase.WithdrawConsent(Today, Houkatsu, At)).Code);
    }

    [Theory]
    [InlineData(ConsentState.Refused)]
    [InlineData(ConsentState.Withdrawn)]
    [InlineData(ConsentState.Granted)]
    public void Consent_may_be_granted_again_after_any_state_and_a_new_grant_replaces_the_scope(ConsentState state)
    {
        var supportCase = Case(consent: state);
        var before = supportCase.ConsentHistory.Count;

        supportCase.GrantConsent(Today, ConsentMethod.Oral, [PoliceAgency.Id], Houkatsu, At);

        Assert.Equal(ConsentState.Granted, supportCase.Consent);
        Assert.Equal([PoliceAgency.Id], supportCase.ConsentScope);
        Assert.Equal(before + 1, supportCase.ConsentHistory.Count);
    }
}
