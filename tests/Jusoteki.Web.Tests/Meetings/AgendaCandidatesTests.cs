using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Meetings;

/// <summary>
/// The prepare page's case picker searches on the server: open cases not on this agenda whose pseudonym holds the typed text,
/// at most a limit, each with its consent as it stands today (an attack found A-14 listed as 「同意」 after it expired).
/// The December 重層的支援会議 has on its agenda; A-16 is 終結.
/// On both providers: SQLite's LIKE ignores ASCII case and orders by bytes, PostgreSQL is made to do the same.
/// </summary>
public abstract class AgendaCandidatesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid Multi = MidoriCityDemo.DecemberMultiLayeredMeetingId;
    private static readonly Caller Secretariat = TestApp.Caller("jimukyoku", AppRoles.Secretariat);
    private readonly TestApp _app = new(provider: provider);
    private MeetingPreparation Preparation => _app.Services.GetRequiredService<MeetingPreparation>();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    private async Task<IReadOnlyList<string>> PseudonymsAsync(string? search, int limit = 20) =>
        [.. (await Preparation.SearchCandidatesAsync(Multi, search, Secretariat, limit))!.Select(c => c.Pseudonym)];

    [Fact]
    public async Task A_consent_past_its_expiry_date_is_listed_as_expired()
    {
        var candidates = (await Preparation.SearchCandidatesAsync(MidoriCityDemo.OctoberSupportMeetingId, "A-", Secretariat, limit: 100))!;

        Assert.Equal("同意（期限切れ）", candidates.Single(c => c.Pseudonym == "ケースA-14").Consent);
        Assert.Equal("同意", candidates.Single(c => c.Pseudonym == "ケースA-05").Consent);
    }

    [Fact]
    public async Task Part_of_a_pseudonym_finds_the_open_cases_not_on_the_agenda_in_order()
    {
        Assert.Equal(["ケースA-01", "ケースA-03", "ケースA-04", "ケースA-06", "ケースA-07"], await PseudonymsAsync("A-0"));
    }

    [Fact]
    public async Task The_search_ignores_letter_case_and_leaves_out_a_closed_case()
    {
        var found = await PseudonymsAsync(" a-1");

        Assert.Contains("ケースA-15", found);
        Assert.Contains("ケースA-17", found);
        Assert.DoesNotContain("ケースA-16", found);
    }

    [Fact]
    public async Task At_most_the_limit_is_returned()
    {
        Assert.Equal(["ケースA-01", "ケースA-03", "ケースA-04"], await PseudonymsAsync("", limit: 3));
    }

    [Theory]
    [InlineData("ケースZ")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Text_no_pseudonym_holds_finds_nothing_and_wildcards_are_text(string search)
    {
        Assert.Empty(await PseudonymsAsync(search));
    }

    [Fact]
    public async Task An_unknown_meeting_has_no_candidates()
    {
        Assert.Null(await Preparation.SearchCandidatesAsync(Guid.NewGuid(), "A-", Secretariat));
    }

    [Fact]
    public async Task Agency_staff_may_not_search_for_candidates()
    {
        await Assert.ThrowsAsync<DomainException>(() => Preparation.SearchCandidatesAsync(Multi, "A-", TestApp.Caller("houkatsu", AppRoles.AgencyStaff)));
    }
}

public sealed class AgendaCandidatesTestsOnSqlite() : AgendaCandidatesTests(DatabaseProvider.Sqlite);

public sealed class AgendaCandidatesTestsOnPostgreSql() : AgendaCandidatesTests(DatabaseProvider.PostgreSQL);
