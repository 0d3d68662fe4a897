using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.Pages.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The 進行管理台帳 rendered by bUnit over the real services, as the coordinator: C10 on every card, filters, views, stable cards.</summary>
public sealed class CaseBoardPageTests() : AppTestContext("coordinator", "多機関協働コーディネーター 森", AppRoles.Coordinator)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Caller Coordinator = TestApp.Caller("coordinator", AppRoles.Coordinator);

    private IRenderedComponent<CaseBoardPage> RenderBoard()
    {
        var cut = Render<CaseBoardPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), Patience);
        return cut;
    }

    [Fact]
    public void Without_a_standing_pledge_every_card_is_pseudonymised_and_the_pledge_is_offered()
    {
        var cut = RenderBoard();

        Assert.Contains("年度の守秘義務の誓約がない", cut.Markup);
        Assert.Equal(17, cut.FindAll("[data-testid='case-card']").Count);
        Assert.Empty(cut.FindAll("[data-testid='case-name']"));
        Assert.DoesNotContain("緑川", cut.Markup);
    }

    [Fact]
    public void After_the_standing_pledge_the_cards_carry_names_but_never_free_text()
    {
        var cut = RenderBoard();
        cut.FindAll("button").Single(b => b.TextContent.Contains("年度の誓約を記録する")).Click();

        cut.WaitForAssertion(() => Assert.Equal(17, cut.FindAll("[data-testid='case-name']").Count), Patience);
        Assert.Contains("緑川 健一", cut.Markup);
        // The card is a summary: no 主訴, contact or role text reaches the board.
        Assert.DoesNotContain("母の介護認定調査に同席", cut.Markup);
        Assert.DoesNotContain("母の介護のことで相談", cut.Markup);
    }

    [Fact]
    public void Urgent_only_and_the_no_lead_view_narrow_the_board_and_a_card_still_shown_keeps_its_component()
    {
        var cut = RenderBoard();
        var a04 = cut.FindComponents<CaseSummaryCard>().Single(c => c.Instance.Card.Pseudonym == "ケースA-04").Instance;

        cut.FindAll("label.check-field").Single(l => l.TextContent.Contains("緊急のみ")).QuerySelector("input")!.Change(true);

        cut.WaitForAssertion(() => Assert.All(cut.FindComponents<CaseSummaryCard>(), c => Assert.True(c.Instance.Card.Urgent)), Patience);
        Assert.Contains(cut.FindComponents<CaseSummaryCard>(), c => ReferenceEquals(c.Instance, a04));

        cut.FindAll("label.check-field").Single(l => l.TextContent.Contains("緊急のみ")).QuerySelector("input")!.Change(false);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "主担当のないケース").Click();
        cut.WaitForAssertion(() =>
        {
            var cards = cut.FindComponents<CaseSummaryCard>();
            Assert.NotEmpty(cards);
            Assert.All(cards, c => Assert.Null(c.Instance.Card.LeadAgencyId));
        }, Patience);
    }

    [Fact]
    public async Task A_case_registered_elsewhere_appears_on_the_open_board()
    {
        var cut = RenderBoard();
        var registration = new Domain.Cases.CaseRegistration("春野 太郎", null, "40代", "男性", "", [Domain.Agencies.Field.Elderly], [], [],
            JapanTime.DateOf(DateTimeOffset.UtcNow), Infrastructure.Seeding.MidoriCityDemo.AgencyId("houkatsu-chuo"), Domain.Cases.ConsultationRoute.Person,
            "相談", false, null);

        await Services.GetRequiredService<CaseCommands>().RegisterAsync(registration, TestApp.Caller("jimukyoku", AppRoles.Secretariat));

        cut.WaitForAssertion(() => Assert.Contains("ケースA-18", cut.Find("[data-stage='Intake']").TextContent), Patience);
        Assert.DoesNotContain("春野", cut.Markup);
    }
}
