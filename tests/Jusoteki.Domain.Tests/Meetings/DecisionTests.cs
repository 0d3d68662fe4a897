using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>Decisions per case besides the 支援方針: 見守り, 次回確認日, 社会資源の不足.</summary>
public sealed class DecisionTests
{
    private readonly Meeting _meeting = InSession();

    [Fact]
    public void Watching_is_edited_from_its_current_version_and_a_stale_edit_is_refused()
    {
        _meeting.EditWatching(CaseIn(_meeting, CaseA), "民生委員が週1回声かけ", 0, Houkatsu, At);

        Assert.Equal(("民生委員が週1回声かけ", 1), (_meeting.Agenda[0].Watching, _meeting.Agenda[0].WatchingVersion));
        Assert.Equal("decision.conflict", Assert.Throws<DomainException>(() => _meeting.EditWatching(CaseIn(_meeting, CaseA), "別案", 0, Chair, At)).Code);
        Assert.Equal("decision.empty", Assert.Throws<DomainException>(() => _meeting.EditWatching(CaseIn(_meeting, CaseA), " ", 1, Chair, At)).Code);
        Assert.Equal("decision.too-long", Assert.Throws<DomainException>(() =>
            _meeting.EditWatching(CaseIn(_meeting, CaseA), new string('見', Meeting.WatchingMaxLength + 1), 1, Chair, At)).Code);
    }

    [Fact]
    public void The_next_review_date_may_not_be_in_the_past()
    {
        _meeting.SetNextReviewDate(CaseIn(_meeting, CaseA), new DateOnly(2027, 1, 14), 0, Today, Chair, At);

        Assert.Equal(new DateOnly(2027, 1, 14), _meeting.Agenda[0].NextReviewDate);
        Assert.Equal("decision.review-date-in-past", Assert.Throws<DomainException>(() =>
            _meeting.SetNextReviewDate(CaseIn(_meeting, CaseA), Today.AddDays(-1), 0, Today, Chair, At)).Code);
    }

    [Fact]
    public void Resource_gaps_accumulate_and_empty_ones_are_refused()
    {
        _meeting.NoteResourceGap(CaseIn(_meeting, CaseA), "ひきこもりの方が通える居場所が市北部にない", Chair, At);
        _meeting.NoteResourceGap(CaseIn(_meeting, CaseA), "夜間の相談窓口がない", Chair, At);

        Assert.Equal(2, _meeting.Agenda[0].ResourceGaps.Count);
        Assert.Equal("decision.empty", Assert.Throws<DomainException>(() => _meeting.NoteResourceGap(CaseIn(_meeting, CaseA), "", Chair, At)).Code);
    }

    [Fact]
    public void Decisions_on_a_case_not_on_the_agenda_are_refused()
    {
        var other = Guid.NewGuid();
        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() => _meeting.EditWatching(CaseIn(_meeting, other), "x", 0, Chair, At)).Code);
        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() => _meeting.SetNextReviewDate(CaseIn(_meeting, other), Today, 0, Today, Chair, At)).Code);
        Assert.Equal("meeting.case-not-on-agenda", Assert.Throws<DomainException>(() => _meeting.NoteResourceGap(CaseIn(_meeting, other), "x", Chair, At)).Code);
    }

    [Fact]
    public void Decisions_after_closing_are_refused()
    {
        _meeting.CloseAll(Chair, At);
        Assert.Equal("meeting.closed", Assert.Throws<DomainException>(() => _meeting.EditWatching(CaseIn(_meeting, CaseA), "x", 0, Chair, At)).Code);
        Assert.Equal("meeting.closed", Assert.Throws<DomainException>(() => _meeting.NoteResourceGap(CaseIn(_meeting, CaseA), "x", Chair, At)).Code);
    }

    [Fact]
    public void The_next_review_date_is_set_from_its_current_version_and_a_stale_one_is_refused()
    {
        _meeting.SetNextReviewDate(CaseIn(_meeting, CaseA), new DateOnly(2027, 1, 14), 0, Today, Chair, At);

        Assert.Equal(1, _meeting.Agenda[0].NextReviewDateVersion);
        Assert.Equal("decision.conflict", Assert.Throws<DomainException>(() =>
            _meeting.SetNextReviewDate(CaseIn(_meeting, CaseA), new DateOnly(2027, 2, 1), 0, Today, Houkatsu, At)).Code);
        Assert.Equal("decision.unchanged", Assert.Throws<DomainException>(() =>
            _meeting.SetNextReviewDate(CaseIn(_meeting, CaseA), new DateOnly(2027, 1, 14), 1, Today, Houkatsu, At)).Code);
    }
}
