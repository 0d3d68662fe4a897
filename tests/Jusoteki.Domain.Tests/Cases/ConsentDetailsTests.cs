using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>C1 — what a 同意書 records (signer, 代理人, paper, expiry), and dates that cannot be.</summary>
public sealed class ConsentDetailsTests
{
    [Fact]
    public void A_representative_signs_with_their_relation_and_the_paper_location_is_kept()
    {
        var supportCase = Case();
        supportCase.GrantConsent(IntakeTests.Grant(ConsentSigner.Representative, "長女"), Houkatsu, At);

        var record = supportCase.CurrentConsent!;
        Assert.Equal((ConsentSigner.Representative, "長女", "地域包括 書庫A"), (record.Signer, record.RepresentativeRelation, record.PaperLocation));
    }

    [Fact]
    public void Expired_consent_counts_as_none_from_the_day_after_its_expiry()
    {
        var supportCase = Case();
        supportCase.GrantConsent(IntakeTests.Grant(expires: new DateOnly(2026, 12, 5)), Houkatsu, At);

        Assert.True(supportCase.HasConsentOn(new DateOnly(2026, 12, 5)));
        Assert.False(supportCase.HasConsentOn(new DateOnly(2026, 12, 6)));
        Assert.True(supportCase.IsConsentExpiredOn(new DateOnly(2026, 12, 6)));
        Assert.Equal("同意（期限切れ）", supportCase.ConsentLabelOn(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void Consent_dated_in_the_future_is_refused()
    {
        var supportCase = Case();
        Assert.Throws<DomainException>(() => supportCase.GrantConsent(Today.AddDays(1), ConsentMethod.Oral, [HoukatsuAgency.Id], Houkatsu, At));
        Assert.Throws<DomainException>(() => supportCase.RefuseConsent(Today.AddDays(1), Houkatsu, At));
        Assert.Empty(supportCase.ConsentHistory);
    }

    [Fact]
    public void A_withdrawal_dated_before_the_grant_is_refused()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var error = Assert.Throws<DomainException>(() => supportCase.WithdrawConsent(Today.AddDays(-1), Houkatsu, At));
        Assert.Contains("撤回の日付", error.Message);
        Assert.True(supportCase.HasConsent);
    }

    [Fact]
    public void A_withdrawal_of_consent_never_given_is_refused()
    {
        var supportCase = Case();
        Assert.Equal("consent.withdraw-without-grant", Assert.Throws<DomainException>(() => supportCase.WithdrawConsent(Today, Houkatsu, At)).Code);
    }

    [Fact]
    public void A_contact_dated_in_the_future_or_without_text_is_refused()
    {
        var supportCase = Case();
        Assert.Throws<DomainException>(() => supportCase.RecordConsultation(new(Today.AddDays(1), HoukatsuAgency.Id, "訪問", ContactKind.Visit), Houkatsu, At));
        Assert.Throws<DomainException>(() => supportCase.RecordConsultation(new(Today, HoukatsuAgency.Id, "\u200B", ContactKind.Visit), Houkatsu, At));
        Assert.Empty(supportCase.Consultations);

        supportCase.RecordConsultation(new(Today, HoukatsuAgency.Id, "12/10 訪問。声かけに応答なし。", ContactKind.Visit), Houkatsu, At);
        Assert.Equal(ContactKind.Visit, Assert.Single(supportCase.Consultations).Kind);
    }
}
