using Bunit;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components.Pages.Meetings;
using Jusoteki.Web.Meetings;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The board page rendered by bUnit over the real services and a real SQLite file with the みどり市 demo.</summary>
public sealed class MeetingBoardTests : BunitContext, IAsyncLifetime
{
    private static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-bunit", Guid.NewGuid().ToString("N"));

    public MeetingBoardTests()
    {
        Directory.CreateDirectory(_folder);
        Services.AddJusotekiServices($"Data Source={Path.Combine(_folder, "bunit.db")}");
        Services.AddMudServices();
        AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    Task IAsyncLifetime.InitializeAsync() => Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private IRenderedComponent<MeetingBoard> RenderBoard(Guid meetingId)
    {
        var cut = Render<MeetingBoard>(p => p.Add(b => b.MeetingId, meetingId));
        return cut;
    }

    private IRenderedComponent<MeetingBoard> RenderLoadedBoard()
    {
        var cut = RenderBoard(MeetingId);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".board[data-status='Loaded']")), TimeSpan.FromSeconds(10));
        return cut;
    }

    [Fact]
    public void The_board_shows_the_meeting_and_one_card_per_agenda_case()
    {
        var cut = RenderLoadedBoard();

        Assert.Contains("令和8年12月 支援会議", cut.Find("h1").TextContent);
        Assert.Contains("社会福祉法 第106条の6", cut.Markup);
        var cards = cut.FindAll("[role='region'][aria-label^='ケースA-']");
        Assert.Equal(MidoriCityDemo.Cases.Select(c => c.Pseudonym), cards.Select(c => c.GetAttribute("aria-label")));
        Assert.All(cut.FindAll("[data-testid='support-policy']"), p => Assert.Equal("（未記入）", p.TextContent.Trim()));
    }

    [Fact]
    public void Every_edit_button_has_a_japanese_accessible_name()
    {
        var cut = RenderLoadedBoard();

        var buttons = cut.FindAll("button[aria-label$='の支援方針を編集']");

        Assert.Equal(MidoriCityDemo.Cases.Count, buttons.Count);
    }

    [Fact]
    public void Saving_an_empty_support_policy_shows_the_japanese_reason_next_to_the_field()
    {
        var cut = RenderLoadedBoard();
        cut.Find("button[aria-label='ケースA-02の支援方針を編集']").Click();

        cut.Find("textarea").Input("   ");
        cut.Find("button[aria-label='ケースA-02の支援方針を保存']").Click();

        cut.WaitForAssertion(() => Assert.Contains("支援方針を入力してください。", cut.Find("[aria-label='ケースA-02'] .mud-input-helper-text").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal("   ", cut.Find("textarea").GetAttribute("value") ?? cut.Find("textarea").TextContent);
    }

    [Fact]
    public async Task A_saved_edit_closes_the_editor_and_shows_the_text_as_text()
    {
        var cut = RenderLoadedBoard();
        const string hostile = "<script>alert('x')</script><b>太字</b>";
        cut.Find("button[aria-label='ケースA-04の支援方針を編集']").Click();

        cut.Find("textarea").Input(hostile);
        cut.Find("button[aria-label='ケースA-04の支援方針を保存']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("textarea")), TimeSpan.FromSeconds(10));
        var policy = cut.Find("[aria-label='ケースA-04'] [data-testid='support-policy']");
        Assert.Equal(hostile, policy.TextContent.Trim());
        Assert.Empty(policy.QuerySelectorAll("script, b"));
        var journal = await Services.GetRequiredService<MeetingQueries>().ReadJournalAfterAsync(MeetingId, 0);
        Assert.Single(journal);
    }

    [Fact]
    public void Cancelling_an_edit_closes_the_editor_and_writes_nothing()
    {
        var cut = RenderLoadedBoard();
        cut.Find("button[aria-label='ケースA-01の支援方針を編集']").Click();

        cut.Find("button[aria-label='ケースA-01の支援方針の編集をやめる']").Click();

        Assert.Empty(cut.FindAll("textarea"));
        Assert.Equal("0", cut.Find(".board").GetAttribute("data-last-sequence"));
    }

    [Fact]
    public void An_unknown_meeting_shows_a_japanese_not_found_message()
    {
        var cut = RenderBoard(Guid.NewGuid());

        cut.WaitForAssertion(() => Assert.Equal("会議が見つかりません", cut.Find("h1").TextContent.Trim()), TimeSpan.FromSeconds(10));
    }
}
