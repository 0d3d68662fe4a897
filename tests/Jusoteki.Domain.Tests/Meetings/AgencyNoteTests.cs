using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingAuthorityTests;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>各機関の情報 — each agency's own note on a case, versioned like the other fields.</summary>
public sealed class AgencyNoteTests
{
    private readonly Meeting _meeting = Seated();

    [Fact]
    public void A_member_writes_their_own_agencys_note_and_a_stale_edit_is_refused()
    {
        var entry = _meeting.EditAgencyNote(CaseIn(_meeting, CaseA), HoukatsuAgency.Id, "母の介護認定調査に同席", 0, Houkatsu, At);

        Assert.Equal(new AgencyNoteEdited(CaseA, HoukatsuAgency.Id, "母の介護認定調査に同席", 1), entry.Event);
        Assert.Equal(new AgencyNote(HoukatsuAgency.Id, "母の介護認定調査に同席", 1, Houkatsu.DisplayName, At), _meeting.Agenda[0].AgencyNoteOf(HoukatsuAgency.Id));
        AssertRefused(_meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), HoukatsuAgency.Id, "別の内容", 0, Chair, At), "decision.conflict");
        AssertRefused(_meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), HoukatsuAgency.Id, "母の介護認定調査に同席", 1, Houkatsu, At), "decision.unchanged");
    }

    [Fact]
    public void A_member_cannot_write_another_agencys_note_but_the_chair_may()
    {
        Seat(_meeting, new Actor("shakyo", "社協 鈴木"), MeetingRole.Member, ShakyoAgency);

        AssertRefused(_meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), ShakyoAgency.Id, "社協の記録", 0, Houkatsu, At), "note.other-agency");
        _meeting.EditAgencyNote(CaseIn(_meeting, CaseA), ShakyoAgency.Id, "社協から口頭で報告", 0, Chair, At);

        Assert.Equal(Chair.DisplayName, _meeting.Agenda[0].AgencyNoteOf(ShakyoAgency.Id)!.EditedBy);
    }

    [Fact]
    public void A_note_for_an_agency_that_does_not_take_part_is_refused()
    {
        AssertRefused(_meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), PoliceAgency.Id, "記録", 0, Chair, At), "note.agency-not-participating");
    }

    [Theory]
    [InlineData("", "decision.empty")]
    [InlineData("  ", "decision.empty")]
    public void An_empty_note_is_refused(string text, string code)
    {
        AssertRefused(_meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), HoukatsuAgency.Id, text, 0, Houkatsu, At), code);
    }

    [Fact]
    public void A_note_over_the_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        AssertRefused(_meeting, m => m.EditAgencyNote(CaseIn(m, CaseA), HoukatsuAgency.Id, new string('記', Meeting.AgencyNoteMaxLength + 1), 0, Houkatsu, At), "decision.too-long");

        _meeting.EditAgencyNote(CaseIn(_meeting, CaseA), HoukatsuAgency.Id, new string('記', Meeting.AgencyNoteMaxLength), 0, Houkatsu, At);
    }
}
