using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>
/// What the meeting refuses however it arrives (screen or raw hub client): dates beyond the planning horizon, and
/// characters that do not belong in text (they broke the Word export for good).
/// </summary>
public sealed class MeetingInputTests
{
    [Fact]
    public void Dates_beyond_five_years_are_refused_in_japanese_and_the_last_day_of_the_horizon_is_accepted()
    {
        var meeting = InSession();
        var a = CaseIn(meeting, CaseA);

        var refused = AssertRefusedWithNothingRecorded(meeting, a, m => m.SetNextReviewDate(a, new DateOnly(9999, 12, 31), 0, Today, Chair, At), "date.too-far");
        Assert.Contains("次回確認日", refused.Message);
        AssertRefusedWithNothingRecorded(meeting, a, m => m.AssignRole(a, Guid.NewGuid(), HoukatsuAgency, "訪問", Today.AddYears(5).AddDays(1), Today, Chair, At), "date.too-far");
        Assert.Equal("date.too-far", Assert.Throws<DomainException>(() =>
            Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, "会議", At.AddYears(6), "会議室", Chair, At)).Code);

        meeting.SetNextReviewDate(a, Today.AddYears(5), 0, Today, Chair, At);
        Assert.Equal(Today.AddYears(5), meeting.Agenda[0].NextReviewDate);
    }

    // By name: xunit would turn a lone surrogate in [InlineData] into U+FFFD before the test sees it.
    private static readonly Dictionary<string, string> ForeignTexts = new()
    {
        ["control"] = "方針\u0001",           // the Word export failed on it
        ["bidi-override"] = "\u202Eしないでください", // the text reads backwards
        ["invisible-only"] = "\u200B\u200B",  // looks empty, counts as text
        ["lone-surrogate"] = "方針" + (char)0xD800,
    };

    [Theory]
    [InlineData("control")]
    [InlineData("bidi-override")]
    [InlineData("invisible-only")]
    [InlineData("lone-surrogate")]
    public void Text_with_characters_that_do_not_belong_is_refused_in_every_meeting_field(string kind)
    {
        var text = ForeignTexts[kind];
        var meeting = InSession();
        var a = CaseIn(meeting, CaseA);

        AssertRefusedWithNothingRecorded(meeting, a, m => m.EditSupportPolicy(a, text, 0, Houkatsu, At), "text.invalid");
        AssertRefusedWithNothingRecorded(meeting, a, m => m.EditWatching(a, text, 0, Houkatsu, At), "text.invalid");
        AssertRefusedWithNothingRecorded(meeting, a, m => m.EditAgencyNote(a, HoukatsuAgency.Id, text, 0, Houkatsu, At), "text.invalid");
        AssertRefusedWithNothingRecorded(meeting, a, m => m.NoteResourceGap(a, text, Houkatsu, At), "text.invalid");
        AssertRefusedWithNothingRecorded(meeting, a, m => m.AssignRole(a, Guid.NewGuid(), HoukatsuAgency, text, Today, Today, Houkatsu, At), "text.invalid");
        Assert.Equal("text.invalid", Assert.Throws<DomainException>(() =>
            Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, text, At, "会議室", Chair, At)).Code);
        Assert.Equal("text.invalid", Assert.Throws<DomainException>(() =>
            meeting.AddParticipant(Guid.NewGuid(), text, null, ShakyoAgency.Id, MeetingRole.Member, [], null, Chair, At)).Code);
    }

    [Fact]
    public void Line_breaks_and_tabs_stay_allowed_in_the_meetings_long_texts()
    {
        var meeting = InSession();
        var a = CaseIn(meeting, CaseA);

        meeting.EditSupportPolicy(a, "1. 母の介護サービス\r\n2.\t本人との関係づくり", 0, Houkatsu, At);

        Assert.Equal("1. 母の介護サービス\r\n2.\t本人との関係づくり", meeting.Agenda[0].SupportPolicy);
    }

    [Fact]
    public void A_progress_note_or_an_evaluation_with_a_control_character_is_refused_on_the_case()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var roleId = Guid.NewGuid();
        supportCase.AssignRole(roleId, HoukatsuAgency, "訪問", Today, Today, null, Houkatsu, At);
        supportCase.MarkCommitted();

        Assert.Equal("text.invalid", Assert.Throws<DomainException>(() => supportCase.AddProgressNote(roleId, "訪問\u0007", Houkatsu, At)).Code);
        Assert.Empty(supportCase.UncommittedEntries);
    }

    private static DomainException AssertRefusedWithNothingRecorded(Meeting meeting, SupportCase supportCase, Action<Meeting> command, string code)
    {
        meeting.MarkCommitted();
        supportCase.MarkCommitted();
        var error = Assert.Throws<DomainException>(() => command(meeting));
        Assert.Equal(code, error.Code);
        Assert.Empty(meeting.UncommittedEntries);
        Assert.Empty(supportCase.UncommittedEntries);
        return error;
    }
}
