using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Meetings;

/// <summary>Meetings loaded in one go (the minutes library's pages) each carry only their own agenda's cases, as one at a time.</summary>
public sealed class MeetingBatchLoadTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Each_meeting_loaded_together_has_exactly_the_cases_it_would_have_alone()
    {
        var queries = _app.Services.GetRequiredService<MeetingQueries>();
        Guid[] ids = [MidoriCityDemo.OctoberSupportMeetingId, MidoriCityDemo.NovemberSupportMeetingId, MidoriCityDemo.DecemberSupportMeetingId, Guid.NewGuid()];

        var together = await queries.LoadManyAsync(ids);

        Assert.Equal(3, together.Count);
        foreach (var id in ids[..3])
        {
            var alone = (await queries.LoadAsync(id))!.Value;
            Assert.Equal(alone.Cases.Keys.Order(), together[id].Cases.Keys.Order());
            Assert.Equal(alone.Meeting.Title, together[id].Meeting.Title);
        }
    }
}
