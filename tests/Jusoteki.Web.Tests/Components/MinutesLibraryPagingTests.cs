using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Components.Pages.Minutes;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Minutes;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Components;

/// <summary>
/// The minutes library shows 20 at a time, newest first, and 「さらに表示」 adds the next ones: here 22 approved minutes
/// (the demo's November 支援会議 and 21 more, each a day earlier than the last) as a 閲覧者 reads them.
/// </summary>
public sealed class MinutesLibraryPagingTests() : AppTestContext("etsuran", "地域福祉計画検討委員 岡田", AppRoles.Reviewer)
{
    private static readonly Caller Chair = TestApp.Caller("gicho", AppRoles.Chair);
    private static readonly Actor Secretariat = new("jimukyoku", "福祉総務課 伊藤");

    protected override async Task ArrangeAsync()
    {
        var minutes = Services.GetRequiredService<MinutesCommands>();
        var session = Services.GetRequiredService<MeetingSessionCommands>();
        await minutes.ApproveAsync(MidoriCityDemo.NovemberSupportMeetingId, 1, Chair);
        var at = new DateTimeOffset(2026, 10, 31, 14, 0, 0, JapanTime.Offset);
        for (var i = 0; i < 21; i++)
        {
            var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, $"試験 支援会議 {i:00}", at.AddDays(-i), "市役所", Secretariat, at);
            meeting.AddParticipant(Guid.NewGuid(), "社会福祉課長 山田", "gicho", MidoriCityDemo.AgencyId("shakai-fukushi-ka"), MeetingRole.Chair, [], null, Secretariat, at);
            await Services.GetRequiredService<MeetingRepository>().AddAsync(meeting);
            await session.OpenAsync(meeting.Id, Chair);
            await session.CloseAsync(meeting.Id, Chair);
            await minutes.ApproveAsync(meeting.Id, 1, Chair);
        }
    }

    private IReadOnlyList<string> Titles(IRenderedComponent<MinutesLibraryPage> cut) =>
        [.. cut.FindAll("[data-testid='minutes-item'] a").Select(a => a.TextContent)];

    [Fact]
    public void The_library_shows_twenty_newest_first_and_more_adds_the_rest_in_order()
    {
        var cut = Render<MinutesLibraryPage>();
        cut.WaitForAssertion(() => Assert.Equal(20, cut.FindAll("[data-testid='minutes-item']").Count), TimeSpan.FromSeconds(20));
        Assert.Equal(["令和8年11月 支援会議", "試験 支援会議 00"], Titles(cut).Take(2));
        Assert.Contains("続きがあります", cut.Find("[role='status']").TextContent);

        cut.Find("button[aria-label='さらに議事録を表示']").Click();

        cut.WaitForAssertion(() => Assert.Equal(22, cut.FindAll("[data-testid='minutes-item']").Count), TimeSpan.FromSeconds(20));
        Assert.Equal(["試験 支援会議 19", "試験 支援会議 20"], Titles(cut).Skip(20));
        Assert.Empty(cut.FindAll("button[aria-label='さらに議事録を表示']"));
        Assert.Equal(22, Titles(cut).Distinct().Count());
    }
}
