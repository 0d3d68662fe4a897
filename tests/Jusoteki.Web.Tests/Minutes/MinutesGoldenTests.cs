using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Minutes;
using Jusoteki.Web.Minutes;

namespace Jusoteki.Web.Tests.Minutes;

/// <summary>
/// The golden test: a fixed journal produces exactly the expected draft minutes, to the letter. When the minutes are meant
/// to change, read the new text, then replace the golden file with it.
/// </summary>
public sealed class MinutesGoldenTests
{
    private static MinutesView Draft(Func<Guid, Visibility> reader)
    {
        var (journal, cases) = MinutesJournalFixture.Build();
        var draft = MinutesDrafter.Draft(journal, cases, MinutesJournalFixture.AgencyNames);
        var version = new MinutesVersion(1, draft, new Dictionary<string, string>(), MinutesStatus.Draft, null, "福祉総務課 伊藤", journal[^1].OccurredAt, null, null);
        return MinutesView.Compose(version, MinutesRedaction.For(draft, reader), preview: false, [version], mayEdit: false, mayApprove: false);
    }

    [Fact]
    public void The_fixed_journal_drafts_exactly_the_golden_minutes()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Minutes", "Golden", "minutes-draft.md"));

        Assert.Equal(expected.ReplaceLineEndings("\n"), MinutesMarkdown.Render(Draft(_ => Visibility.Full)));
    }

    [Fact]
    public void The_same_journal_for_a_reader_without_entitlement_is_exactly_the_golden_redacted_minutes()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Minutes", "Golden", "minutes-draft-redacted.md"));

        Assert.Equal(expected.ReplaceLineEndings("\n"), MinutesMarkdown.Render(Draft(_ => Visibility.Pseudonymised)));
    }
}
