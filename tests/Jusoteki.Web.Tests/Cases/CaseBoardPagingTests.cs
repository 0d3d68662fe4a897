using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Cases;

/// <summary>
/// The board a column at a time (counts and pages in SQL, only shown cases read and gated) over the real services and the
/// みどり市 demo with 60 more intakes: it shows exactly what the whole read (<see cref="CaseQueries.BoardAsync"/>) shows, for
/// every reader and filter, and a change to one case leaves it exactly as a fresh read would.
/// </summary>
public sealed class CaseBoardPagingTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    private static Caller Staff(string userId, string agencyKey) =>
        TestApp.Caller(userId, AppRoles.AgencyStaff) with { AgencyId = MidoriCityDemo.AgencyId(agencyKey) };

    private static readonly Caller Houkatsu = Staff("houkatsu", "houkatsu-chuo");
    private static readonly Caller Police = Staff("police", "police");
    private static readonly Caller Unpledged = TestApp.Caller("gicho", AppRoles.Chair);
    private static readonly Caller Secretariat = TestApp.Caller("jimukyoku", AppRoles.Secretariat);
    private static readonly Caller Pledged = TestApp.Caller("coordinator", AppRoles.Coordinator);

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Pledged);
        var commands = _app.Services.GetRequiredService<CaseCommands>();
        for (var i = 0; i < 60; i++)
            await commands.RegisterAsync(new CaseRegistration($"試験 {i:00}", null, "40代", i % 2 == 0 ? "男性" : "女性", "", [(Field)(i % 5)], [Enum.GetValues<IssueTag>()[i % 4]], [],
                JapanTime.DateOf(DateTimeOffset.UtcNow), MidoriCityDemo.AgencyId(i % 3 == 0 ? "houkatsu-chuo" : "shakyo"), ConsultationRoute.Person, "相談", i % 7 == 0, null), Secretariat);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private CaseQueries Queries => _app.Services.GetRequiredService<CaseQueries>();
    private CaseDisclosureLog NewVisit() => _app.Services.GetRequiredService<CaseDisclosureLog>();

    public static TheoryData<string, CaseBoardFilter> Filters() => new()
    {
        { "nothing", new() },
        { "urgent", new(UrgentOnly: true) },
        { "tag", new(Tag: IssueTag.SelfNeglect) },
        { "field", new(Field: Field.Elderly) },
        { "lead", new(LeadAgencyId: MidoriCityDemo.AgencyId("houkatsu-chuo")) },
        { "no lead", new(NoLeadOnly: true) },
        { "review", new(ReviewWithinDays: 30) },
        { "consent", new(ConsentLabel: "同意") },
        { "overdue", new(OverdueOnly: true) },
        { "name", new(Search: "緑川") },
        { "test names", new(Search: "試験") },
        { "pseudonym in lower case", new(Search: "ケースa-0") },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_reader_sees_the_same_counts_and_first_cards_as_the_whole_read(string name, CaseBoardFilter filter)
    {
        Assert.NotNull(name);
        foreach (var reader in new[] { Houkatsu, Police, Unpledged, Pledged })
        {
            var whole = await Queries.BoardAsync(reader, filter, NewVisit());
            var view = await Queries.BoardViewAsync(reader, filter, NewVisit());
            AssertSame(whole, view);
        }
    }

    [Fact]
    public async Task A_name_an_agency_may_not_see_finds_no_card_and_counts_nothing()
    {
        var view = await Queries.BoardViewAsync(Police, new(Search: "緑川"), NewVisit());

        Assert.Equal(0, view.Total);
        Assert.Equal(1, (await Queries.BoardViewAsync(Houkatsu, new(Search: "緑川"), NewVisit())).Total);
        Assert.Equal(1, (await Queries.BoardViewAsync(Pledged, new(Search: "緑川"), NewVisit())).Total);
    }

    [Fact]
    public async Task A_column_shows_fifty_cards_and_more_adds_the_next_fifty_in_pseudonym_order()
    {
        var view = await Queries.BoardViewAsync(Pledged, new(), NewVisit());
        var intake = view.Column(LifecycleStage.Intake);
        Assert.True(intake.Count > CaseQueries.ColumnPageSize);
        Assert.Equal(CaseQueries.ColumnPageSize, intake.Cards.Count);

        var more = await Queries.MoreAsync(view, LifecycleStage.Intake, Pledged, new(), NewVisit());

        Assert.Equal(intake.Count, more.Column(LifecycleStage.Intake).Cards.Count);
        AssertSame(await Queries.BoardAsync(Pledged, new(), NewVisit()), more);
    }

    [Fact]
    public async Task A_case_that_moves_stage_or_leaves_the_filter_is_put_where_a_fresh_read_puts_it()
    {
        var commands = _app.Services.GetRequiredService<CaseCommands>();
        foreach (var filter in new CaseBoardFilter[] { new(), new(UrgentOnly: true), new(OverdueOnly: true) })
        {
            var view = await Queries.BoardViewAsync(Pledged, filter, NewVisit());
            var shownFirst = view.Columns.SelectMany(c => c.Cards).FirstOrDefault(c => Next(c.Stage) is not null);
            var notShown = (await Queries.BoardAsync(Pledged, filter, NewVisit())).Where(c => c.Stage == LifecycleStage.Intake).Skip(CaseQueries.ColumnPageSize).FirstOrDefault();
            Assert.NotNull(shownFirst);
            foreach (var changed in new[] { shownFirst, notShown }.OfType<CaseCardSummary>())
            {
                await commands.MoveToAsync(changed.CaseId, Next(changed.Stage)!.Value, null, Pledged);
                view = await Queries.RefreshCaseAsync(view, changed.CaseId, Pledged, filter, NewVisit());
                Assert.Equal(await Queries.BoardViewAsync(Pledged, filter, NewVisit(), view.Columns.ToDictionary(c => c.Stage, c => c.Shown)), view, ViewComparer.Instance);
            }
        }
    }

    [Fact]
    public async Task A_new_case_is_counted_and_shown_in_its_place_after_a_refresh()
    {
        var view = await Queries.BoardViewAsync(Houkatsu, new(), NewVisit());
        var id = await _app.Services.GetRequiredService<CaseCommands>().RegisterAsync(new CaseRegistration("春野 太郎", null, "40代", "男性", "", [Field.Elderly], [], [],
            JapanTime.DateOf(DateTimeOffset.UtcNow), MidoriCityDemo.AgencyId("houkatsu-chuo"), ConsultationRoute.Person, "相談", false, null), Secretariat);

        var refreshed = await Queries.RefreshCaseAsync(view, id, Houkatsu, new(), NewVisit());

        Assert.Equal(view.Total + 1, refreshed.Total);
        Assert.Equal(await Queries.BoardViewAsync(Houkatsu, new(), NewVisit()), refreshed, ViewComparer.Instance);
    }

    // A move that needs no evaluation (終結 and つながり続ける do).
    private static LifecycleStage? Next(LifecycleStage from) =>
        Enum.GetValues<LifecycleStage>().Where(s => s is not (LifecycleStage.Closed or LifecycleStage.ContinuedConnection) && LifecycleStages.CanMove(from, s))
            .Select(s => (LifecycleStage?)s).FirstOrDefault();

    private static void AssertSame(IReadOnlyList<CaseCardSummary> whole, CaseBoardView view)
    {
        Assert.Equal(whole.Count, view.Total);
        foreach (var column in view.Columns)
        {
            var inStage = whole.Where(c => c.Stage == column.Stage).ToList();
            Assert.Equal(inStage.Count, column.Count);
            Assert.Equal(inStage.Take(column.Shown).Select(Key), column.Cards.Select(Key));
        }
    }

    // Records holding lists compare by reference: a card is compared by what it shows.
    private static string Key(CaseCardSummary c) =>
        $"{c.CaseId}|{c.Title}|{c.Full}|{string.Join(",", c.Tags)}|{string.Join(",", c.Fields)}|{c.Stage}|{c.ConsentLabel}|{c.Urgent}|{c.NextReviewDate}|{c.OverdueRoles}|{c.LastMeetingTitle}|{c.LeadAgencyName}";

    private sealed class ViewComparer : IEqualityComparer<CaseBoardView>
    {
        public static readonly ViewComparer Instance = new();

        public bool Equals(CaseBoardView? x, CaseBoardView? y) => Describe(x) == Describe(y);

        public int GetHashCode(CaseBoardView obj) => Describe(obj).GetHashCode(StringComparison.Ordinal);

        private static string Describe(CaseBoardView? view) => view is null ? "" :
            string.Join("\n", view.Columns.Select(c => $"{c.Stage} {c.Count} {c.Shown}: {string.Join(" / ", c.Cards.Select(Key))}"));
    }
}
