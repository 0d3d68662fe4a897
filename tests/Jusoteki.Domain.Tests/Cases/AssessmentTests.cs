using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Cases;

/// <summary>インテーク・アセスメントシート — structured, versioned, and the first completion moves the case on.</summary>
public sealed class AssessmentTests
{
    public static AssessmentSheet Sheet(string needs = "母の介護と本人の社会参加の両方に支援が必要。") => new(
        [new(AssessmentArea.Care, true, "要介護2。通院の付き添いが負担。"), new(AssessmentArea.SocialParticipation, true, "20年外出が少ない。")],
        "母は家で暮らしたい。", needs, AssessmentUrgency.Medium);

    [Fact]
    public void Completing_the_first_assessment_moves_a_case_at_intake_to_assessment()
    {
        var supportCase = SupportCase.Register(CaseA, "ケースA-13", IntakeTests.Registration(), Houkatsu, At);

        supportCase.CompleteAssessment(Sheet(), Today, HoukatsuAgency.Id, Houkatsu, At);

        Assert.Equal(LifecycleStage.Assessment, supportCase.Stage);
        var version = Assert.Single(supportCase.Assessments);
        Assert.Equal((1, "地域包括 佐藤", AssessmentUrgency.Medium), (version.Version, version.AssessedBy, version.Sheet.Urgency));
        Assert.True(version.Sheet.Of(AssessmentArea.Care)!.HasIssue);
    }

    [Fact]
    public void A_reassessment_adds_a_version_and_keeps_the_earlier_one_readable()
    {
        var supportCase = Case();
        supportCase.CompleteAssessment(Sheet(), Today, HoukatsuAgency.Id, Houkatsu, At);
        supportCase.MoveTo(LifecycleStage.Meeting, Houkatsu, At);

        supportCase.CompleteAssessment(Sheet("就労体験の調整が次の課題。"), Today, HoukatsuAgency.Id, Houkatsu, At.AddDays(1));

        Assert.Equal([1, 2], supportCase.Assessments.Select(a => a.Version));
        Assert.Equal("母の介護と本人の社会参加の両方に支援が必要。", supportCase.Assessments[0].Sheet.SupportNeeds);
        Assert.Equal(LifecycleStage.Meeting, supportCase.Stage);
    }

    public static TheoryData<string, AssessmentSheet> BadSheets => new()
    {
        { "支援の必要性を入力してください", Sheet(needs: " ") },
        { "領域が正しくありません", Sheet() with { Areas = [new(AssessmentArea.Care, true, ""), new(AssessmentArea.Care, false, "")] } },
        { "緊急性を選んでください", Sheet() with { Urgency = (AssessmentUrgency)9 } },
        { "使えない文字", Sheet() with { PersonWishes = "家で\u0007暮らしたい" } },
        { "1000文字以内", Sheet() with { Areas = [new(AssessmentArea.Housing, true, new string('あ', 1001))] } },
    };

    [Theory]
    [MemberData(nameof(BadSheets))]
    public void A_bad_sheet_is_refused_and_nothing_is_recorded(string message, AssessmentSheet sheet)
    {
        var supportCase = Case();
        var error = Assert.Throws<DomainException>(() => supportCase.CompleteAssessment(sheet, Today, HoukatsuAgency.Id, Houkatsu, At));
        Assert.Contains(message, error.Message);
        Assert.Empty(supportCase.Assessments);
        Assert.Empty(supportCase.UncommittedEntries);
    }

    [Fact]
    public void An_assessment_dated_in_the_future_is_refused()
    {
        var supportCase = Case();
        Assert.Throws<DomainException>(() => supportCase.CompleteAssessment(Sheet(), Today.AddDays(1), HoukatsuAgency.Id, Houkatsu, At));
        Assert.Empty(supportCase.UncommittedEntries);
    }

    [Fact]
    public void The_items_reported_to_the_state_are_the_area_checks_and_the_urgency()
    {
        Assert.All(AssessmentItems.Areas, area => Assert.True(AssessmentItems.IsReported(area)));
        Assert.True(AssessmentItems.UrgencyIsReported);
    }
}
