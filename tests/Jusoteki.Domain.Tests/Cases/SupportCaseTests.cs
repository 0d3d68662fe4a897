using Jusoteki.Domain.Cases;

namespace Jusoteki.Domain.Tests.Cases;

public sealed class SupportCaseTests
{
    [Fact]
    public void Pseudonymised_summary_names_no_person()
    {
        var supportCase = new SupportCase(Guid.NewGuid(), "ケースA-01", "緑川 一郎", "50代", "男性", "母（82歳）と二人暮らし", ["8050", "ひきこもり"]);

        Assert.Equal("ケースA-01・50代男性・8050・ひきこもり", supportCase.PseudonymisedSummary);
        Assert.DoesNotContain("緑川", supportCase.PseudonymisedSummary);
    }

    [Fact]
    public void Tags_round_trip_through_their_stored_form()
    {
        var supportCase = new SupportCase(Guid.NewGuid(), "ケースA-02", "青木 花子", "30代", "女性", "", ["ダブルケア"]);
        Assert.Equal(["ダブルケア"], supportCase.TagList);
    }
}
