using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingAuthorityTests;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>
/// A meeting decides in session: while it is 準備中, every decision is refused and changes nothing, while preparing
/// (the agenda, participants, pledges, what each agency knows, a plan draft) goes on.
/// </summary>
public sealed class DecisionsBeforeOpeningTests
{
    private const string Refused = "meeting.decision-before-open";
    private static readonly DateOnly Due = new(2027, 1, 14);

    public static TheoryData<string> Decisions() =>
        ["支援方針", "見守り", "次回確認日", "社会資源の不足", "役割分担", "主担当機関"];

    [Theory]
    [MemberData(nameof(Decisions))]
    public void A_decision_while_the_meeting_is_preparing_is_refused_and_changes_nothing(string decision)
    {
        var meeting = Seated();

        AssertRefused(meeting, m => Decide(m, decision), Refused);
        Assert.Equal(MeetingStatus.Preparing, meeting.Status);
        Assert.Empty(CaseIn(meeting, CaseA).Roles);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void The_same_decision_is_recorded_once_the_chair_has_opened_the_meeting(string decision)
    {
        var meeting = InSession();

        var entry = Decide(meeting, decision);

        Assert.Equal(meeting.LastSequence, entry.Sequence);
    }

    [Fact]
    public void Adopting_a_plan_waits_for_the_opening_but_the_draft_may_be_prepared()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var meeting = Seated(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        var planId = Guid.NewGuid();

        meeting.DraftPlan(supportCase, planId, [new PlanGoal("父のレスパイトを月2回確保する", [HoukatsuAgency.Id])], [HoukatsuAgency], Houkatsu, At);
        meeting.MarkCommitted();
        supportCase.MarkCommitted();

        AssertRefused(meeting, m => m.AdoptPlan(supportCase, planId, Chair, At), Refused);
        meeting.Open(Chair, At);
        meeting.SetLeadAgency(supportCase, HoukatsuAgency, Chair, At);
        meeting.AdoptPlan(supportCase, planId, Chair, At);
        Assert.Equal(PlanStatus.Adopted, supportCase.AdoptedPlan!.Status);
    }

    [Fact]
    public void An_agency_may_write_what_it_knows_before_the_meeting_opens()
    {
        var meeting = Seated();

        meeting.EditAgencyNote(CaseIn(meeting, CaseA), HoukatsuAgency.Id, "母の介護認定調査に同席予定", 0, Houkatsu, At);

        Assert.Equal("母の介護認定調査に同席予定", meeting.Agenda[0].AgencyNoteOf(HoukatsuAgency.Id)!.Text);
    }

    private static JournalEntry Decide(Meeting meeting, string decision)
    {
        var supportCase = CaseIn(meeting, CaseA);
        return decision switch
        {
            "支援方針" => meeting.EditSupportPolicy(supportCase, "母の介護サービスを先に整える", 0, Chair, At),
            "見守り" => meeting.EditWatching(supportCase, "民生委員が週1回声かけ", 0, Chair, At),
            "次回確認日" => meeting.SetNextReviewDate(supportCase, Due, 0, Today, Chair, At),
            "社会資源の不足" => meeting.NoteResourceGap(supportCase, "夜間の相談窓口がない", Chair, At),
            "役割分担" => meeting.AssignRole(supportCase, Guid.NewGuid(), HoukatsuAgency, "母への月1回の訪問", Due, Today, Houkatsu, At),
            "主担当機関" => meeting.SetLeadAgency(supportCase, HoukatsuAgency, Chair, At),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
        };
    }
}
