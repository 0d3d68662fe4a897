using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components.Pages.Minutes;
using Jusoteki.Web.Minutes;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The minutes library rendered by bUnit over the real services: its filters, as a 閲覧者 uses them.</summary>
public sealed class MinutesLibraryTests() : AppTestContext("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer)
{
    protected override Task ArrangeAsync() =>
        Services.GetRequiredService<MinutesCommands>().ApproveAsync(MidoriCityDemo.NovemberSupportMeetingId, 1, TestApp.Caller("gicho", AppRoles.Chair));

    private IRenderedComponent<MinutesLibraryPage> RenderLibrary()
    {
        var cut = Render<MinutesLibraryPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-loaded='true']")), TimeSpan.FromSeconds(10));
        return cut;
    }

    private static void Search(IRenderedComponent<MinutesLibraryPage> cut, Action<IRenderedComponent<MinutesLibraryPage>> set, int expected)
    {
        set(cut);
        cut.Find("form[aria-label='議事録を探す']").Submit();
        cut.WaitForAssertion(() => Assert.Equal(expected, cut.FindAll("[data-testid='minutes-item']").Count), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_library_lists_the_approved_minutes_and_says_that_cases_are_pseudonymised()
    {
        var cut = RenderLibrary();

        var item = cut.Find("[data-testid='minutes-item']");
        Assert.Contains("令和8年11月 支援会議", item.TextContent);
        Assert.Contains("承認済み", item.TextContent);
        Assert.Contains("ケースA-05、ケースA-08（一部仮名表示）", item.TextContent);
    }

    [Fact]
    public void Each_filter_narrows_the_list_by_its_japanese_label()
    {
        var cut = RenderLibrary();

        Search(cut, c => c.Find("select[aria-label='年度']").Change("2025"), 0);
        Search(cut, c => c.Find("select[aria-label='年度']").Change("2026"), 1);
        Search(cut, c => c.Find("select[aria-label='会議の種類']").Change("MultiLayeredSupportMeeting"), 0);
        Search(cut, c => c.Find("select[aria-label='会議の種類']").Change(""), 1);
        Search(cut, c => c.Find("input[aria-label='ケースの仮名']").Input("A-01"), 0);
        Search(cut, c => c.Find("input[aria-label='ケースの仮名']").Input("A-05"), 1);
        Search(cut, c => c.Find("select[aria-label='機関']").Change(MidoriCityDemo.AgencyId("police").ToString()), 0);
        Search(cut, c => c.Find("select[aria-label='機関']").Change(MidoriCityDemo.AgencyId("shakyo").ToString()), 1);
    }

    [Fact]
    public void The_text_search_finds_only_what_this_reader_may_read()
    {
        var cut = RenderLibrary();

        Search(cut, c => c.Find("input[aria-label='本文で検索']").Input("林 拓海"), 0);
        Search(cut, c => c.Find("input[aria-label='本文で検索']").Input("地域包括 佐藤"), 1);
        Assert.Contains("該当する議事録はありません", RenderLibraryWithText(cut, "居場所（就労体験）"));
    }

    private static string RenderLibraryWithText(IRenderedComponent<MinutesLibraryPage> cut, string text)
    {
        Search(cut, c => c.Find("input[aria-label='本文で検索']").Input(text), 0);
        return cut.Markup;
    }
}
