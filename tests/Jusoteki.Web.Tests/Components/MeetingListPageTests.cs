using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components.Pages;
using Jusoteki.Web.Components.Pages.Meetings;
using Jusoteki.Web.Minutes;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>The meeting list (home page) shows each person only the meetings they may open, and where each one leads.</summary>
public static class MeetingList
{
    public static IReadOnlyList<(string Title, string? Href)> Rows(BunitContext context)
    {
        var cut = context.Render<Home>();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[aria-label='読み込み中']")), TimeSpan.FromSeconds(10));
        return [.. cut.FindAll("[aria-label='会議'] a").Select(a => (a.QuerySelector("h3")!.TextContent.Trim(), a.GetAttribute("href")))];
    }

    public static string Board(Guid id) => $"meetings/{id}";
}

public sealed class MeetingListAsChairTests() : AppTestContext("gicho", "社会福祉課長 山田", AppRoles.Chair)
{
    [Fact]
    public void The_chair_sees_every_meeting_with_its_board()
    {
        Assert.Equal(
        [
            ("令和8年10月 支援会議", MeetingList.Board(MidoriCityDemo.OctoberSupportMeetingId)),
            ("令和8年11月 支援会議", MeetingList.Board(MidoriCityDemo.NovemberSupportMeetingId)),
            ("令和8年12月 支援会議", MeetingList.Board(MidoriCityDemo.DecemberSupportMeetingId)),
            ("令和8年12月 重層的支援会議", MeetingList.Board(MidoriCityDemo.DecemberMultiLayeredMeetingId)),
        ], MeetingList.Rows(this));
    }
}

public sealed class MeetingListAsPoliceTests() : AppTestContext("police", "みどり警察署 生活安全課 高橋", AppRoles.AgencyStaff)
{
    [Fact]
    public void The_police_see_only_the_meeting_they_are_invited_to()
    {
        Assert.Equal([("令和8年12月 支援会議", MeetingList.Board(MidoriCityDemo.DecemberSupportMeetingId))], MeetingList.Rows(this));
    }

    [Fact]
    public void Opening_a_meeting_they_are_not_invited_to_shows_a_japanese_page_not_an_error()
    {
        var cut = Render<MeetingBoard>(p => p.Add(b => b.MeetingId, MidoriCityDemo.NovemberSupportMeetingId));

        cut.WaitForAssertion(() => Assert.Equal("この会議を開く権限がありません", cut.Find("h1").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("この会議に招かれていないため", cut.Markup);
        Assert.Empty(cut.FindAll("[role='alert']"));
        Assert.Equal("/", cut.Find("a[href='/']").GetAttribute("href"));
    }
}

public sealed class MeetingListAsAgencyMemberTests() : AppTestContext("kodomo", "こども家庭 中村", AppRoles.AgencyStaff)
{
    [Fact]
    public void An_agency_member_sees_the_meetings_they_take_part_in()
    {
        Assert.Equal(
        [
            ("令和8年12月 支援会議", MeetingList.Board(MidoriCityDemo.DecemberSupportMeetingId)),
            ("令和8年12月 重層的支援会議", MeetingList.Board(MidoriCityDemo.DecemberMultiLayeredMeetingId)),
        ], MeetingList.Rows(this));
    }
}

public sealed class MeetingListAsReviewerTests() : AppTestContext("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer)
{
    [Fact]
    public void A_reviewer_sees_no_meeting_while_no_minutes_are_approved()
    {
        var cut = Render<Home>();
        cut.WaitForAssertion(() => Assert.Contains("あなたが開くことのできる会議はありません。", cut.Markup), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[aria-label='会議'] a"));
    }

    [Fact]
    public async Task A_reviewer_sees_a_closed_meeting_once_its_minutes_are_approved_and_it_leads_to_the_minutes()
    {
        await Services.GetRequiredService<MinutesCommands>().ApproveAsync(MidoriCityDemo.NovemberSupportMeetingId, 1, TestApp.Caller("gicho", AppRoles.Chair));

        Assert.Equal([("令和8年11月 支援会議（議事録）", $"meetings/{MidoriCityDemo.NovemberSupportMeetingId}/minutes")], MeetingList.Rows(this));
    }

    [Fact]
    public void Opening_a_board_shows_a_japanese_page_not_an_error()
    {
        var cut = Render<MeetingBoard>(p => p.Add(b => b.MeetingId, MidoriCityDemo.DecemberSupportMeetingId));

        cut.WaitForAssertion(() => Assert.Equal("この会議を開く権限がありません", cut.Find("h1").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("会議ボードを見る", cut.Markup);
    }
}
