using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Meetings;

/// <summary>Which cases the prepare page offers for the agenda: open ones not on it yet, found by pseudonym.</summary>
public sealed class AgendaCandidacyTests
{
    [Theory]
    [InlineData(ConsentState.Unconfirmed)]
    [InlineData(ConsentState.Granted)]
    public void An_open_case_not_on_the_agenda_is_offered_whatever_its_consent(ConsentState consent)
    {
        // The picker offers it; whether this meeting may take it (C2) is Meeting.AddToAgenda's refusal, with the reason.
        Assert.True(AgendaCandidacy.Offered([]).Compile()(Case(consent: consent)));
    }

    [Fact]
    public void A_case_already_on_the_agenda_is_not_offered()
    {
        var supportCase = Case(CaseA);

        Assert.False(AgendaCandidacy.Offered([CaseA]).Compile()(supportCase));
        Assert.True(AgendaCandidacy.Offered([CaseB]).Compile()(supportCase));
    }

    [Fact]
    public void A_closed_case_is_not_offered()
    {
        var supportCase = Case();
        supportCase.MoveTo(LifecycleStage.Assessment, Chair, At);
        supportCase.MoveTo(LifecycleStage.Meeting, Chair, At);
        supportCase.SetLeadAgency(HoukatsuAgency, Chair, At);
        supportCase.MoveTo(LifecycleStage.InSupport, Chair, At);
        supportCase.End(LifecycleStage.Closed, "終結", Chair, At);

        Assert.False(AgendaCandidacy.Offered([]).Compile()(supportCase));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("  A-0 ", "A-0")]
    [InlineData("ケースA-01", "ケースA-01")]
    public void The_search_text_is_the_typed_text_trimmed(string? typed, string expected) =>
        Assert.Equal(expected, AgendaCandidacy.SearchText(typed));

    [Fact]
    public void The_search_text_is_cut_to_a_pseudonym_length()
    {
        Assert.Equal(new string('あ', 32), AgendaCandidacy.SearchText(new string('あ', 40)));
    }
}
