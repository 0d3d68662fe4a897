using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>相談受付 — registering a consultation at any window, with and without 本人同意.</summary>
public sealed class IntakeTests
{
    public static CaseRegistration Registration(ConsentGrant? consent = null) => new(
        "緑川 健一", new DateOnly(1972, 5, 1), null, "男性", "みどり市北町1-2-3",
        [Field.Elderly, Field.Disability], [IssueTag.Issue8050], [new("緑川 トシ", "母", "80代", "要介護2")],
        new DateOnly(2026, 12, 1), HoukatsuAgency.Id, ConsultationRoute.Family, "母の介護のことで相談。息子が長く家にいる。", Urgent: false, consent);

    public static ConsentGrant Grant(ConsentSigner signer = ConsentSigner.Person, string? relation = null, DateOnly? expires = null) =>
        new(new DateOnly(2026, 12, 1), ConsentMethod.Written, [HoukatsuAgency.Id], signer, relation, "地域包括 書庫A", expires);

    [Fact]
    public void A_consultation_without_consent_opens_a_case_at_intake_with_its_intake_details()
    {
        var supportCase = SupportCase.Register(CaseA, "ケースA-13", Registration(), Houkatsu, At);

        Assert.Equal(LifecycleStage.Intake, supportCase.Stage);
        Assert.Equal(ConsentState.Unconfirmed, supportCase.Consent);
        Assert.Equal("50代", supportCase.AgeBand);
        var intake = Assert.IsType<IntakeDetails>(supportCase.Intake);
        Assert.Equal((new DateOnly(2026, 12, 1), HoukatsuAgency.Id, ConsultationRoute.Family, false),
            (intake.ReceivedOn, intake.ReceivingAgencyId, intake.Route, intake.ConsentObtainedAtIntake));
        Assert.Equal("母", Assert.Single(supportCase.Household).Relation);
    }

    [Fact]
    public void A_consultation_with_consent_records_the_grant_at_once()
    {
        var supportCase = SupportCase.Register(CaseA, "ケースA-13", Registration(Grant()), Houkatsu, At);

        Assert.True(supportCase.HasConsentOn(Today));
        Assert.True(supportCase.Intake!.ConsentObtainedAtIntake);
        Assert.Equal("地域包括 書庫A", supportCase.CurrentConsent!.PaperLocation);
    }

    [Fact]
    public void An_urgent_consultation_is_flagged_urgent()
    {
        var supportCase = SupportCase.Register(CaseA, "ケースA-13", Registration() with { Urgent = true }, Houkatsu, At);
        Assert.True(supportCase.Urgent);
    }

    public static TheoryData<string, CaseRegistration> Refused => new()
    {
        { "本人の氏名を入力してください", Registration() with { PersonName = "  " } },
        { "本人の氏名を入力してください", Registration() with { PersonName = "\u200B\u200B" } },
        { "使えない文字", Registration() with { PersonName = "緑川\u0001健一" } },
        { "使えない文字", Registration() with { PersonName = "緑川\u202E健一" } },
        { "生年月日が正しくありません", Registration() with { BirthDate = new DateOnly(2027, 1, 1) } },
        { "続柄を入力してください", Registration() with { Household = [new("緑川 トシ", "", "80代", "")] } },
        { "世帯員の氏名を入力してください", Registration() with { Household = [new("", "母", "80代", "")] } },
        { "主訴を入力してください", Registration() with { ChiefComplaint = "" } },
        { "主訴は1000文字以内", Registration() with { ChiefComplaint = new string('あ', 1001) } },
        { "受付日に未来の日付は指定できません", Registration() with { ReceivedOn = new DateOnly(2026, 12, 11) } },
        { "受付日を入力してください", Registration() with { ReceivedOn = null } },
        { "受付機関を選んでください", Registration() with { ReceivingAgencyId = Guid.Empty } },
        { "分野を1つ以上選んでください", Registration() with { Fields = [] } },
        { "年代を入力してください", Registration() with { BirthDate = null, AgeBand = "" } },
        { "代理人の続柄を入力してください", Registration(Grant(ConsentSigner.Representative)) },
        { "有効期限は同意の日付より後", Registration(Grant(expires: new DateOnly(2026, 11, 30))) },
        { "同意の方法", Registration(Grant() with { Method = null }) },
        { "同意の日付を入力してください", Registration(Grant() with { Date = null }) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Bad_intake_is_refused_in_japanese(string message, CaseRegistration registration)
    {
        var error = Assert.Throws<DomainException>(() => SupportCase.Register(CaseA, "ケースA-13", registration, Houkatsu, At));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_age_band_follows_the_birth_date()
    {
        Assert.Equal("50代", SupportCase.AgeBandOn(new DateOnly(1972, 12, 11), Today));
        Assert.Equal("50代", SupportCase.AgeBandOn(new DateOnly(1966, 12, 11), Today));
        Assert.Equal("60代", SupportCase.AgeBandOn(new DateOnly(1966, 12, 10), Today));
        Assert.Equal("10歳未満", SupportCase.AgeBandOn(new DateOnly(2020, 1, 1), Today));
    }
}
