using Jusoteki.Domain.Access;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Meetings;

/// <summary>Decisions follow the case: what November decided shows on December's board as 「前回まで」, through the gate.</summary>
public sealed class PreviousDecisionsTests : IAsyncLifetime
{
    private static readonly Guid December = MidoriCityDemo.DecemberMultiLayeredMeetingId;
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_case_back_on_an_agenda_shows_the_last_meeting_s_support_policy_as_previous_until_this_meeting_writes_its_own()
    {
        var shougai = TestApp.Caller("shougai", AppRoles.AgencyStaff);
        var board = (await _app.Services.GetRequiredService<MeetingQueries>().GetBoardAsync(December, shougai))!;

        var a05 = board.Card(MidoriCityDemo.CaseId("A-05"))!;
        Assert.True(a05.ShowsPrevious);
        Assert.Equal(("令和8年11月 支援会議", "月1回の訪問で関係を保ち、本人のペースで居場所（就労体験）につなぐ。"), (a05.Previous!.MeetingTitle, a05.Previous.SupportPolicy));
        // A card the gate withholds carries nothing of the earlier decisions either.
        var a02 = board.Card(MidoriCityDemo.CaseId("A-02"))!;
        Assert.True(a02.Withheld);
        Assert.Null(a02.Previous);
        Assert.False(a02.ShowsPrevious);
    }
}
