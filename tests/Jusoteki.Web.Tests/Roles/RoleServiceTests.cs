using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Roles;
using Microsoft.Extensions.DependencyInjection;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Roles;

/// <summary>「担当の役割」 through the real services: every line passes the C10 gate, changes are gated too, and none is lost.</summary>
public sealed class RoleServiceTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Guid _role;

    private RoleQueries Queries => _app.Services.GetRequiredService<RoleQueries>();
    private RoleProgressCommands Progress => _app.Services.GetRequiredService<RoleProgressCommands>();
    private CaseDisclosureLog NewVisit() => _app.Services.GetRequiredService<CaseDisclosureLog>();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _role = await AssignNoteAndCloseAsync(_app.Services);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private Task<IReadOnlyList<AuditRecord>> Shown() =>
        _app.Services.GetRequiredService<AuditLog>().ReadAsync(new AuditFilter(Action: "case.personal-information-shown", CaseId: Case));

    [Fact]
    public async Task Meeting_staff_without_a_standing_pledge_see_the_unconsented_role_by_pseudonym_agency_and_date_only()
    {
        foreach (var reader in new[] { Coordinator, Chair })
        {
            var line = (await Queries.ListAsync(reader, NewVisit())).Lines.Single(l => l.RoleId == _role);

            Assert.Equal(("ケースA-01", "民生委員・児童委員（北地区）", RoleStatus.NotStarted), (line.CasePseudonym, line.AgencyName, line.Status));
            Assert.True(line.IsWithheld);
            Assert.Null(line.Details);
            Assert.False(line.MayChangeStatus);
            Assert.False(line.MayAddNote);
        }
        Assert.Empty(await Shown());
    }

    [Fact]
    public async Task The_agency_holding_the_open_role_sees_it_in_full_and_that_is_audited_once_per_page_visit()
    {
        var visit = NewVisit();

        var line = (await Queries.ListAsync(Minsei, visit)).Lines.Single(l => l.RoleId == _role);
        await Queries.ListAsync(Minsei, visit);

        Assert.Equal(RoleText, line.Details!.Description);
        Assert.True(line.MayChangeStatus && line.MayAddNote);
        var shown = Assert.Single(await Shown());
        Assert.Equal("minsei", shown.ActorId);
        Assert.DoesNotContain("緑川", shown.Detail);

        await Queries.ListAsync(Minsei, NewVisit());
        Assert.Equal(2, (await Shown()).Count);
    }

    [Fact]
    public async Task Meeting_staff_with_a_standing_pledge_see_it_in_full_and_it_is_audited()
    {
        await _app.Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Coordinator);

        var line = (await Queries.ListAsync(Coordinator, NewVisit())).Lines.Single(l => l.RoleId == _role);

        Assert.Equal(RoleText, line.Details!.Description);
        Assert.Equal("coordinator", Assert.Single(await Shown()).ActorId);
    }

    [Fact]
    public async Task A_page_holds_the_first_lines_asked_for_while_the_counts_cover_every_role_of_the_reader()
    {
        await Progress.ChangeStatusAsync(Case, _role, RoleStatus.Done, Minsei);
        var everything = await Queries.ListAsync(Coordinator, NewVisit());

        var page = await Queries.ListAsync(Coordinator, NewVisit(), withDone: false, limit: 3);

        Assert.Equal(everything.Lines.Where(l => l.Status != RoleStatus.Done).Take(3).Select(l => l.RoleId), page.Lines.Select(l => l.RoleId));
        Assert.Equal((everything.Overdue, everything.Open, everything.Done), (page.Overdue, page.Open, page.Done));
        Assert.Equal((everything.Open, everything.Open - 3), (page.Matching, page.Remaining));
        Assert.Equal(everything.Lines.Count, everything.Open + everything.Done);
        Assert.Contains(everything.Lines, l => l.RoleId == _role);
        Assert.Equal(everything.Lines.Count(l => l.Status == RoleStatus.Done), everything.Done);
        Assert.True(everything.Lines.SkipWhile(l => l.Status != RoleStatus.Done).All(l => l.Status == RoleStatus.Done), "完了 comes after every open role");
    }

    [Fact]
    public async Task Nobody_changes_or_notes_a_role_of_a_case_they_may_not_see()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Progress.AddProgressNoteAsync(Case, _role, "訪問した", Coordinator));
        Assert.Equal("case.not-entitled", refused.Code);
        refused = await Assert.ThrowsAsync<DomainException>(() => Progress.ChangeStatusAsync(Case, _role, RoleStatus.InProgress, Chair));
        Assert.Equal("case.not-entitled", refused.Code);

        Assert.Equal(RoleStatus.NotStarted, await StatusOfAsync(_app.Services, Case, _role));
        Assert.Empty((await RolesOfAsync(_app.Services, Case)).Single(r => r.Id == _role).Notes);
    }

    [Fact]
    public async Task A_completed_role_leaves_its_agency_without_the_full_view_yet_the_agency_may_take_it_up_again()
    {
        await Progress.ChangeStatusAsync(Case, _role, RoleStatus.Done, Minsei);

        var line = (await Queries.ListAsync(Minsei, NewVisit())).Lines.Single(l => l.RoleId == _role);
        Assert.True(line.IsWithheld);
        Assert.True(line.MayChangeStatus);
        Assert.False(line.MayAddNote);
        await Assert.ThrowsAsync<DomainException>(() => Progress.AddProgressNoteAsync(Case, _role, "再開", Minsei));

        await Progress.ChangeStatusAsync(Case, _role, RoleStatus.UnderReview, Minsei);
        Assert.Equal(RoleStatus.UnderReview, await StatusOfAsync(_app.Services, Case, _role));
    }

    [Fact]
    public async Task Status_changes_sent_at_the_same_moment_on_one_case_all_land()
    {
        var a08 = MidoriCityDemo.CaseId("A-08");
        var roles = await RolesOfAsync(_app.Services, a08);
        var byAgency = new (string User, string Agency)[] { ("houkatsu", "houkatsu-chuo"), ("seikatsu", "seikatsu-support"), ("minsei", "minsei-kita") }
            .Select(x => (Caller: Agency(x.User, x.Agency), Role: roles.Single(r => r.AgencyId == MidoriCityDemo.AgencyId(x.Agency))))
            .ToList();
        var target = byAgency.ToDictionary(x => x.Role.Id, x => x.Role.Status == RoleStatus.UnderReview ? RoleStatus.Done : RoleStatus.UnderReview);

        await Task.WhenAll(byAgency.Select(x => Task.Run(() => Progress.ChangeStatusAsync(a08, x.Role.Id, target[x.Role.Id], x.Caller))));

        foreach (var (id, status) in target) Assert.Equal(status, await StatusOfAsync(_app.Services, a08, id));
    }
}
