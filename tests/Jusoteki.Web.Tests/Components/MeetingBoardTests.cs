using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components.Pages.Meetings;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The board page rendered by bUnit over the real services and a real SQLite file with the みどり市 demo.</summary>
public sealed class MeetingBoardTests() : AppTestContext("houkatsu", "地域包括 佐藤", AppRoles.AgencyStaff)
{
    private static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;

    private IRenderedComponent<MeetingBoard> RenderBoard(Guid meetingId) => Render<MeetingBoard>(p => p.Add(b => b.MeetingId, meetingId));

    private IRenderedComponent<MeetingBoard> RenderLoadedBoard()
    {
        var cut = RenderBoard(MeetingId);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".board[data-status='Loaded']")), TimeSpan.FromSeconds(10));
        return cut;
    }

    /// <summary>
    /// 地域包括 佐藤 records the pledge at the opening and the chair opens the meeting, so that the board shows every case and
    /// lets them record decisions (recorded in session only).
    /// </summary>
    private async Task PledgeInOpenMeetingAsync(string userId = "houkatsu")
    {
        var session = Services.GetRequiredService<MeetingSessionCommands>();
        await session.RecordPledgeAsync(MeetingId, MidoriCityDemo.ParticipantId(MeetingId, userId),
            Jusoteki.Domain.Meetings.PledgeKind.ThisMeeting, TestApp.Caller(userId, AppRoles.AgencyStaff));
        await session.OpenAsync(MeetingId, TestApp.Caller("gicho", AppRoles.Chair));
    }

    private static void Show(IRenderedComponent<MeetingBoard> cut, string pseudonym)
    {
        cut.Find($"button[aria-label='{pseudonym}を表示']").Click();
        cut.WaitForAssertion(() => Assert.Equal(pseudonym, cut.Find("[role='region'].case-card").GetAttribute("aria-label")), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_board_lists_every_agenda_case_and_shows_the_first_one()
    {
        var cut = RenderLoadedBoard();

        Assert.Contains("令和8年12月 支援会議", cut.Find("h1").TextContent);
        Assert.Contains("社会福祉法 第106条の6", cut.Markup);
        Assert.Equal(MidoriCityDemo.DecemberSupportMeetingCases.Select(n => $"ケース{n}を表示"),
            cut.FindAll("nav[aria-label='議題'] button.agenda-button").Select(b => b.GetAttribute("aria-label")));
        Assert.Equal("ケースA-01", cut.Find("[role='region'].case-card").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_roll_call_is_unfolded_while_the_meeting_is_prepared_and_in_session_renders_its_table_only_once_unfolded()
    {
        var preparing = RenderLoadedBoard();
        Assert.NotNull(preparing.Find("details.roll-call[open] table[aria-label='参加者']"));

        await PledgeInOpenMeetingAsync();
        var cut = RenderLoadedBoard();

        Assert.Null(cut.Find("details.roll-call").GetAttribute("open"));
        Assert.Empty(cut.FindAll("table[aria-label='参加者']"));
        Assert.Contains("出席と誓約", cut.Find("details.roll-call summary").TextContent);
        cut.Find("details.roll-call summary").Click();
        Assert.NotNull(cut.Find("details.roll-call[open] table[aria-label='参加者']"));
        Assert.NotEmpty(cut.FindAll("[data-testid='participant']"));
        cut.Find("details.roll-call summary").Click();
        Assert.Empty(cut.FindAll("table[aria-label='参加者']"));
    }

    [Fact]
    public void Choosing_a_case_on_the_agenda_shows_it()
    {
        var cut = RenderLoadedBoard();

        Show(cut, "ケースA-04");

        Assert.Equal("ケースA-04", cut.Find(".board").GetAttribute("data-shown"));
    }

    [Fact]
    public async Task Every_edit_button_of_a_pledged_member_has_a_japanese_accessible_name()
    {
        await PledgeInOpenMeetingAsync();
        var cut = RenderLoadedBoard();

        Assert.NotNull(cut.Find("button[aria-label='ケースA-01の支援方針を編集']"));
        Assert.NotNull(cut.Find("button[aria-label='ケースA-01の見守りを編集']"));
        Assert.NotNull(cut.Find("button[aria-label='ケースA-01の地域包括支援センター中央を編集']"));
        Assert.NotNull(cut.Find("form[aria-label='ケースA-01に役割を割り当てる']"));
        Assert.All(cut.FindAll("button"), b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label") ?? b.TextContent), b.OuterHtml));
    }

    [Fact]
    public async Task Saving_an_empty_support_policy_shows_the_japanese_reason_next_to_the_field()
    {
        await PledgeInOpenMeetingAsync();
        var cut = RenderLoadedBoard();
        Show(cut, "ケースA-02");
        cut.Find("button[aria-label='ケースA-02の支援方針を編集']").Click();

        cut.Find("textarea").Input("   ");
        cut.Find("button[aria-label='ケースA-02の支援方針を保存']").Click();

        cut.WaitForAssertion(() => Assert.Contains("支援方針を入力してください。", cut.Find("[aria-label='ケースA-02'] .mud-input-helper-text").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("   ", cut.Find("textarea").GetAttribute("value") ?? cut.Find("textarea").TextContent);
    }

    [Fact]
    public async Task A_saved_edit_closes_the_editor_and_shows_the_text_as_text()
    {
        await PledgeInOpenMeetingAsync();
        var cut = RenderLoadedBoard();
        Show(cut, "ケースA-04");
        const string hostile = "<script>alert('x')</script><b>太字</b>";
        cut.Find("button[aria-label='ケースA-04の支援方針を編集']").Click();

        cut.Find("textarea").Input(hostile);
        cut.Find("button[aria-label='ケースA-04の支援方針を保存']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("textarea")), TimeSpan.FromSeconds(10));
        var policy = cut.Find("[aria-label='ケースA-04'] [data-testid='support-policy']");
        Assert.Equal(hostile, policy.TextContent.Trim());
        Assert.Empty(policy.QuerySelectorAll("script, b"));
        var journal = await Services.GetRequiredService<Jusoteki.Infrastructure.Meetings.MeetingJournal>().ReadAfterAsync(MeetingId, 0);
        Assert.IsType<Jusoteki.Domain.Meetings.SupportPolicyEdited>(journal[^1].Event);
    }

    [Fact]
    public async Task Cancelling_an_edit_closes_the_editor_and_writes_nothing()
    {
        await PledgeInOpenMeetingAsync();
        var cut = RenderLoadedBoard();
        var sequence = cut.Find(".board").GetAttribute("data-last-sequence");
        cut.Find("button[aria-label='ケースA-01の支援方針を編集']").Click();

        cut.WaitForElement("button[aria-label='ケースA-01の支援方針の編集をやめる']", TimeSpan.FromSeconds(10)).Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("textarea")), TimeSpan.FromSeconds(10));
        Assert.Equal(sequence, cut.Find(".board").GetAttribute("data-last-sequence"));
    }

    [Fact]
    public void A_viewer_who_is_not_a_participant_gets_only_pseudonymised_cards_without_any_record_or_edit()
    {
        SignInAs("coordinator", "多機関協働コーディネーター 森", AppRoles.Coordinator);
        var cut = RenderLoadedBoard();

        foreach (var number in MidoriCityDemo.DecemberSupportMeetingCases)
        {
            Show(cut, "ケース" + number);
            Assert.Equal("Pseudonymised", cut.Find("[role='region'].case-card").GetAttribute("data-visibility"));
            Assert.NotNull(cut.Find("[data-testid='withheld']"));
        }
        Assert.Contains("ケースA-01・50代男性・8050・ひきこもり", cut.Markup);
        Assert.DoesNotContain("緑川", cut.Markup);
        Assert.Empty(cut.FindAll("button[aria-label$='を編集'], form.role-form"));
    }

    [Fact]
    public async Task A_participant_with_a_standing_pledge_sees_full_cards_and_the_display_is_audited()
    {
        SignInAs("minsei", "民生委員 渡辺", AppRoles.AgencyStaff);

        var cut = RenderLoadedBoard();

        Assert.Equal("Full", cut.Find("[role='region'].case-card").GetAttribute("data-visibility"));
        Assert.Contains("緑川 健一", cut.Markup);
        Assert.Contains("緑川 トシ", cut.Markup);
        var audit = await Services.GetRequiredService<Jusoteki.Infrastructure.Audit.AuditLog>().ReadForCaseAsync(MidoriCityDemo.CaseId("A-01"));
        Assert.Contains(audit, a => a.ActorId == "minsei" && a.MeetingId == MeetingId);
    }

    [Fact]
    public void A_member_outside_the_consent_scope_sees_pseudonyms_and_inside_it_sees_the_consented_case()
    {
        var cut = RenderLoadedBoard();

        Assert.Equal("Pseudonymised", cut.Find("[aria-label='ケースA-01']").GetAttribute("data-visibility"));
        Show(cut, "ケースA-02");
        Assert.Equal("Full", cut.Find("[aria-label='ケースA-02']").GetAttribute("data-visibility"));
    }

    [Fact]
    public void Pledging_at_the_roll_call_turns_a_pseudonymised_card_into_the_full_one()
    {
        var cut = RenderLoadedBoard();
        Assert.Equal("Pseudonymised", cut.Find("[aria-label='ケースA-01']").GetAttribute("data-visibility"));

        cut.Find("button[aria-label='守秘義務を誓約する']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Full", cut.Find("[aria-label='ケースA-01']").GetAttribute("data-visibility")), TimeSpan.FromSeconds(10));
        Assert.Contains("緑川 健一", cut.Markup);
        Assert.Contains("誓約済み", cut.Find("tr[data-participant='地域包括 佐藤'] [data-testid='pledge']").TextContent);
    }

    [Fact]
    public async Task A_role_assigned_from_the_form_appears_in_the_table_and_a_refused_one_keeps_its_text_beside_the_reason()
    {
        await PledgeInOpenMeetingAsync();
        var cut = RenderLoadedBoard();
        var form = () => cut.Find("form[aria-label='ケースA-01に役割を割り当てる']");
        // Only agencies the case may be shared with are offered: 地域包括 (pledged) and the 民生委員 (standing pledge), not the police.
        Assert.Equal(["選んでください", "地域包括支援センター中央", "民生委員・児童委員（北地区）"],
            form().QuerySelectorAll("select option").Select(o => o.TextContent.Trim()));

        form().QuerySelector("select")!.Change(MidoriCityDemo.AgencyId("police").ToString());
        cut.Find("input[aria-label='役割の内容']").Input("自宅への訪問");
        form().Submit();

        cut.WaitForAssertion(() => Assert.Contains("みどり警察署", cut.Find("[role='alert']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("自宅への訪問", cut.Find("input[aria-label='役割の内容']").GetAttribute("value"));

        form().QuerySelector("select")!.Change(MidoriCityDemo.AgencyId("houkatsu-chuo").ToString());
        form().Submit();

        cut.WaitForAssertion(() => Assert.Contains("自宅への訪問", cut.Find("[data-testid='role-row']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("地域包括支援センター中央", cut.Find("[data-testid='role-row']").TextContent);
        Assert.Contains("未着手", cut.Find("[data-testid='role-row']").TextContent);
    }

    [Fact]
    public void A_reviewer_may_not_open_a_live_board_and_is_told_why_in_japanese()
    {
        SignInAs("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer);

        var cut = RenderBoard(MeetingId);

        cut.WaitForAssertion(() => Assert.Equal("この会議を開く権限がありません", cut.Find("h1").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("この操作（会議ボードを見る）を行う権限がありません。", cut.Markup);
        Assert.Empty(cut.FindAll("[role='region'].case-card"));
    }

    [Fact]
    public void An_unknown_meeting_shows_a_japanese_not_found_message()
    {
        var cut = RenderBoard(Guid.NewGuid());

        cut.WaitForAssertion(() => Assert.Equal("会議が見つかりません", cut.Find("h1").TextContent.Trim()), TimeSpan.FromSeconds(10));
    }
}
