using Bunit;
using System.Collections.Immutable;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Components.Pages.Meetings;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store.Board;
using static Jusoteki.Web.Tests.Store.Board.BoardFixtures;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The case card per viewer: full, 本人 (scoped) and pseudonymised cards show exactly what the gate allowed.</summary>
public sealed class CaseCardTests : ComponentTestContext
{
    private static readonly PersonalDetails Personal = new("緑川 健一", [new HouseholdMember("緑川 トシ", "母", "80代", "要介護2")], []);

    private static CaseCardView Full() => Card(CaseA, "ケースA-01", 1) with
    {
        Personal = Personal,
        ConsentLabel = "不同意",
        SupportPolicy = new("母の介護サービスを入口に関係づくり", 1, "社会福祉課長 山田", At),
        AgencyNotes = [new AgencyNoteView(Houkatsu, "11/18 訪問。本人は在宅。", 1, "地域包括 佐藤", At)],
        Roles = [new RoleView(Guid.NewGuid(), Houkatsu, "母への月1回の訪問", new DateOnly(2026, 12, 1), RoleStatus.NotStarted, true, "地域包括 佐藤", At, MeetingId, [])],
    };

    private IRenderedComponent<CaseCard> RenderCard(CaseCardView card, MeetingBoardView? board = null) => Render<CaseCard>(p => p
        .Add(c => c.Board, (board ?? BoardView()) with { Cards = [card] })
        .Add(c => c.Card, card)
        .Add(c => c.State, Loaded())
        .Add(c => c.ConnectionKey, "me")
        .Add(c => c.Today, new DateOnly(2026, 12, 10)));

    [Fact]
    public void A_full_card_shows_the_person_the_household_the_agencies_records_and_the_roles()
    {
        var cut = RenderCard(Full());

        Assert.Equal("Full", cut.Find("[role='region']").GetAttribute("data-visibility"));
        Assert.Contains("緑川 健一", cut.Markup);
        Assert.Contains("緑川 トシ", cut.Markup);
        Assert.Contains("11/18 訪問。本人は在宅。", cut.Find("[data-testid='agency-note']").TextContent);
        Assert.Contains("母への月1回の訪問", cut.Find("[data-testid='role-row']").TextContent);
        Assert.Contains("期限超過", cut.Find("[data-testid='role-row']").TextContent);
        Assert.NotNull(cut.Find("button[aria-label='ケースA-01の支援方針を編集']"));
    }

    [Fact]
    public void Before_the_opening_a_full_card_offers_only_the_agency_notes_and_says_decisions_wait_for_the_chair()
    {
        var preparing = Full() with { CanDecide = false };

        var cut = RenderCard(preparing, BoardView(status: MeetingStatus.Preparing));

        Assert.Contains("議長が開会してから記録できます", cut.Find("[data-testid='decide-after-opening']").TextContent);
        Assert.Empty(cut.FindAll("button[aria-label='ケースA-01の支援方針を編集'], button[aria-label='ケースA-01の見守りを編集']"));
        Assert.Empty(cut.FindAll("form[aria-label='ケースA-01に役割を割り当てる'], form[aria-label='ケースA-01の次回確認日を決める'], form[aria-label='ケースA-01の社会資源の不足を記録する']"));
        Assert.NotEmpty(cut.FindAll("[aria-label='各機関の情報'] button"));
    }

    [Fact]
    public void A_scoped_card_shows_the_person_what_was_decided_for_them_but_no_household_and_no_agency_records()
    {
        var scoped = Full() with
        {
            Visibility = Visibility.Scoped,
            CanEdit = false,
            Personal = Personal with { Household = [] },
            AgencyNotes = [],
        };

        var cut = RenderCard(scoped);

        Assert.Contains("緑川 健一", cut.Markup);
        Assert.DoesNotContain("緑川 トシ", cut.Markup);
        Assert.Contains("母の介護サービスを入口に関係づくり", cut.Find("[data-testid='support-policy']").TextContent);
        Assert.Empty(cut.FindAll("[aria-label='各機関の情報']"));
        Assert.Empty(cut.FindAll("button[aria-label$='を編集'], form"));
    }

    [Fact]
    public void A_pseudonymised_card_shows_the_summary_says_it_is_redacted_and_carries_no_record_of_the_case()
    {
        var pseudonymised = Card(CaseA, "ケースA-01", 1, Visibility.Pseudonymised);

        var cut = RenderCard(pseudonymised);

        Assert.Equal("ケースA-01・50代男性・8050", cut.Find("[data-testid='pseudonymised-summary']").TextContent);
        Assert.Contains("仮名表示", cut.Find("[data-testid='withheld']").TextContent);
        Assert.Empty(cut.FindAll("[aria-label='支援方針'], [aria-label='役割分担'], [aria-label='各機関の情報'], form, textarea"));
    }

    [Fact]
    public void The_plan_appears_only_on_the_board_of_a_multi_layered_meeting()
    {
        var card = Full() with { Plan = new PlanView(Guid.NewGuid(), 1, PlanStatus.Draft, [new PlanGoal("父のレスパイト", [Houkatsu])]) };

        var support = RenderCard(card);
        var multi = RenderCard(card, BoardView() with { Kind = MeetingKind.MultiLayeredSupportMeeting });

        Assert.Empty(support.FindAll("[aria-label='支援プラン']"));
        Assert.Contains("第1版（案）", multi.Find("[data-testid='plan-status']").TextContent);
    }

    [Fact]
    public void The_role_form_asks_for_agency_what_and_due_date_by_japanese_names_and_sends_one_command()
    {
        var cut = RenderCard(Full());

        cut.Find("select[aria-label='担当機関']").Change(Houkatsu.ToString());
        cut.Find("input[aria-label='役割の内容']").Input("手紙と訪問（2週に1回）");
        cut.Find("input[aria-label='期限']").Change("2027/01/14");
        cut.Find("form[aria-label='ケースA-01に役割を割り当てる']").Submit();

        var command = Assert.Single(Dispatched.Actions.OfType<RunBoardCommand>());
        Assert.Equal($"role:{CaseA}", command.Key);
    }

    [Fact]
    public void The_role_form_with_its_due_date_emptied_says_so_in_japanese_and_sends_nothing()
    {
        var cut = RenderCard(Full());

        cut.Find("select[aria-label='担当機関']").Change(Houkatsu.ToString());
        cut.Find("input[aria-label='役割の内容']").Input("訪問");
        cut.Find("input[aria-label='期限']").Change("");
        cut.Find("form[aria-label='ケースA-01に役割を割り当てる']").Submit();

        Assert.Empty(Dispatched.Actions.OfType<RunBoardCommand>());
        Assert.Equal("期限を入力してください。", Assert.Single(Dispatched.Actions.OfType<BoardCommandFailed>()).Message);
    }

    [Fact]
    public void The_role_form_without_an_agency_says_so_in_japanese_and_sends_nothing()
    {
        var cut = RenderCard(Full());

        cut.Find("input[aria-label='役割の内容']").Input("訪問");
        cut.Find("form[aria-label='ケースA-01に役割を割り当てる']").Submit();

        Assert.Empty(Dispatched.Actions.OfType<RunBoardCommand>());
        Assert.Equal("担当機関を選んでください。", Assert.Single(Dispatched.Actions.OfType<BoardCommandFailed>()).Message);
    }
}
