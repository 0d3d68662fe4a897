using AngleSharp.Dom;
using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.Pages.Roles;
using Jusoteki.Web.Roles;
using Microsoft.Extensions.DependencyInjection;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Components;

/// <summary>「担当の役割」 rendered by bUnit over the real services, after the December repro (a role on unconsented A-01).</summary>
public sealed class RolesPageTests() : AppTestContext("coordinator", "多機関協働コーディネーター 森", AppRoles.Coordinator)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Guid A05 = MidoriCityDemo.CaseId("A-05");
    private static readonly Guid A08 = MidoriCityDemo.CaseId("A-08");

    private Guid _role;

    protected override async Task ArrangeAsync() => _role = await AssignNoteAndCloseAsync(Services);

    private IRenderedComponent<RolesPage> RenderRoles()
    {
        var cut = Render<RolesPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), Patience);
        return cut;
    }

    private static IReadOnlyList<IElement> Cards(IRenderedComponent<RolesPage> cut) => cut.FindAll("[data-testid='role-card']");

    private static IElement Card(IRenderedComponent<RolesPage> cut, Guid roleId) => cut.Find($"[data-role-id='{roleId}']");

    private Task PledgeAsync() => Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Coordinator);

    private async Task<Guid> RoleIdAsync(Guid caseId, string description) =>
        (await RolesOfAsync(Services, caseId)).Single(r => r.Description == description).Id;

    [Fact]
    public void Meeting_staff_who_have_not_pledged_see_the_unconsented_role_without_its_text_and_without_controls()
    {
        foreach (var (user, name, role) in new[] { ("coordinator", "多機関協働コーディネーター 森", AppRoles.Coordinator), ("gicho", "社会福祉課長 山田", AppRoles.Chair) })
        {
            SignInAs(user, name, role);
            var cut = RenderRoles();

            Assert.DoesNotContain("緑川", cut.Markup);
            var card = Card(cut, _role);
            Assert.Equal("true", card.GetAttribute("data-withheld"));
            Assert.Contains(RoleItemView.WithheldNote, card.TextContent);
            Assert.Contains("ケースA-01", card.TextContent);
            Assert.Contains("民生委員・児童委員（北地区）", card.TextContent);
            Assert.Empty(card.QuerySelectorAll("select, input, button"));
            cut.Dispose();
        }
    }

    [Fact]
    public async Task A_card_that_leaves_the_list_does_not_hand_its_controls_to_the_next_role()
    {
        await PledgeAsync();
        var ibasho = await RoleIdAsync(A05, "居場所（就労体験）の候補を探す");
        var work = await RoleIdAsync(A08, "長男の就労相談の案内");
        var visit = await RoleIdAsync(A05, "月1回の訪問で本人と関係づくり");
        var cut = RenderRoles();
        Assert.Equal([ibasho, work, visit], Cards(cut).Take(3).Select(c => Guid.Parse(c.GetAttribute("data-role-id")!)));
        // The card the person is working in: the second one, a component that stays on screen while the first one leaves.
        var secondCard = cut.FindComponents<MudBlazor.MudPaper>()[1];

        Cards(cut)[0].QuerySelector("select")!.Change(nameof(RoleStatus.Done));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"[data-role-id='{ibasho}']")), Patience);
        // Its control must still act on its own role, not on the role of the card that moved up into its place.
        secondCard.Find("select").Change(nameof(RoleStatus.InProgress));
        cut.WaitForAssertion(() => Assert.Contains("状況：対応中", Card(cut, work).TextContent), Patience);

        Assert.Equal(RoleStatus.Done, await StatusOfAsync(Services, A05, ibasho));
        Assert.Equal(RoleStatus.InProgress, await StatusOfAsync(Services, A08, work));
        Assert.Equal(RoleStatus.NotStarted, await StatusOfAsync(Services, A05, visit));
    }

    [Fact]
    public async Task Completed_roles_can_be_shown_and_taken_up_again()
    {
        await PledgeAsync();
        var ibasho = await RoleIdAsync(A05, "居場所（就労体験）の候補を探す");
        await Services.GetRequiredService<RoleProgressCommands>().ChangeStatusAsync(A05, ibasho, RoleStatus.Done, Agency("shakyo", "shakyo"));
        var cut = RenderRoles();
        Assert.Empty(cut.FindAll($"[data-role-id='{ibasho}']"));

        cut.Find("select[aria-label='表示する役割']").Change("all");

        cut.WaitForAssertion(() => Assert.Contains("状況：完了", Card(cut, ibasho).TextContent), Patience);
        Assert.True(cut.Find("select[aria-label='表示する役割'] option[value='all']").HasAttribute("selected"));
        Card(cut, ibasho).QuerySelector("select")!.Change(nameof(RoleStatus.UnderReview));
        cut.WaitForAssertion(() => Assert.Contains("状況：見直し", Card(cut, ibasho).TextContent), Patience);
        Assert.Equal(RoleStatus.UnderReview, await StatusOfAsync(Services, A05, ibasho));

        cut.Find("select[aria-label='表示する役割']").Change("open");
        cut.WaitForAssertion(() => Assert.DoesNotContain(Cards(cut), c => c.TextContent.Contains("状況：完了")), Patience);
    }

    [Fact]
    public async Task A_long_list_renders_one_page_of_cards_and_shows_the_rest_on_request()
    {
        var repository = Services.GetRequiredService<Jusoteki.Infrastructure.Cases.SupportCaseRepository>();
        var agency = MidoriCityDemo.Agencies.Single(a => a.Id == MidoriCityDemo.AgencyId("shakyo"));
        var today = Services.GetRequiredService<CaseReaders>().Today;
        await repository.UpdateAsync(A05, c =>
        {
            for (var i = 0; i < RolesPage.PageSize + 10; i++)
                c.AssignRole(Guid.NewGuid(), agency, $"居場所の紹介 {i}", today.AddDays(30), today, null, Coordinator.Actor, DateTimeOffset.UtcNow);
        });
        var cut = RenderRoles();
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(cut.Markup, @"未完了 (\d+)件").Groups[1].Value);

        Assert.Equal(RolesPage.PageSize, Cards(cut).Count);
        var more = cut.Find("[data-testid='show-more']");
        Assert.Equal($"さらに{Math.Min(RolesPage.PageSize, total - RolesPage.PageSize)}件を表示（残り{total - RolesPage.PageSize}件）", more.GetAttribute("aria-label"));
        more.Click();

        cut.WaitForAssertion(() => Assert.Equal(Math.Min(total, 2 * RolesPage.PageSize), Cards(cut).Count), Patience);
    }
}
