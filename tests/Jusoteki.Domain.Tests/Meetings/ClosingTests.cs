using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingAuthorityTests;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>閉会 — the board becomes read-only and what the meeting decided carries on in each case.</summary>
public sealed class ClosingTests
{
    private readonly Meeting _meeting = Seated();

    public ClosingTests()
    {
        foreach (var c in CasesIn(_meeting))
        {
            c.MoveTo(LifecycleStage.Assessment, Chair, At);
            c.MoveTo(LifecycleStage.Meeting, Chair, At);
        }
        _meeting.Open(Chair, At);
    }

    [Fact]
    public void A_case_with_a_decided_direction_and_lead_agency_moves_to_support_and_keeps_its_next_review_date()
    {
        var decided = CaseIn(_meeting, CaseA);
        _meeting.EditSupportPolicy(decided, "見守りを継続", 0, Houkatsu, At);
        _meeting.SetLeadAgency(decided, HoukatsuAgency, Chair, At);
        _meeting.SetNextReviewDate(decided, new DateOnly(2027, 1, 14), 0, Today, Chair, At);

        _meeting.CloseAll(Chair, At);

        Assert.Equal(LifecycleStage.InSupport, decided.Stage);
        Assert.Equal(new DateOnly(2027, 1, 14), decided.NextReviewDate);
    }

    [Fact]
    public void A_case_without_a_lead_agency_or_without_a_direction_stays_at_the_meeting_stage()
    {
        var noLead = CaseIn(_meeting, CaseA);
        var noDirection = CaseIn(_meeting, CaseB);
        _meeting.EditSupportPolicy(noLead, "見守りを継続", 0, Houkatsu, At);
        _meeting.SetLeadAgency(noDirection, HoukatsuAgency, Chair, At);

        _meeting.CloseAll(Chair, At);

        Assert.Equal(LifecycleStage.Meeting, noLead.Stage);
        Assert.Equal(LifecycleStage.Meeting, noDirection.Stage);
        Assert.Null(noLead.NextReviewDate);
    }

    [Fact]
    public void Closing_needs_every_case_on_the_agenda()
    {
        Assert.Throws<ArgumentException>(() => _meeting.Close([CaseIn(_meeting, CaseA)], Chair, At));
        Assert.Equal(MeetingStatus.Open, _meeting.Status);
    }

    [Fact]
    public void After_closing_the_board_takes_no_edit_and_the_meeting_cannot_be_closed_again()
    {
        _meeting.CloseAll(Chair, At);

        AssertRefused(_meeting, m => m.EditSupportPolicy(CaseIn(m, CaseA), "方針", 0, Houkatsu, At), "meeting.closed");
        AssertRefused(_meeting, m => m.NoteResourceGap(CaseIn(m, CaseA), "居場所がない", Houkatsu, At), "meeting.closed");
        AssertRefused(_meeting, m => m.CloseAll(Chair, At), "meeting.cannot-close");
    }
}
