using Jusoteki.Domain.Access;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Meetings;

/// <summary>The prepare page's case picker names the consent as it stands today (an attack found A-14 listed as 「同意」 after it expired).</summary>
public sealed class AgendaCandidatesTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_consent_past_its_expiry_date_is_listed_as_expired()
    {
        var candidates = await _app.Services.GetRequiredService<MeetingPreparation>().CandidatesAsync(TestApp.Caller("jimukyoku", AppRoles.Secretariat));

        Assert.Equal("同意（期限切れ）", candidates.Single(c => c.Pseudonym == "ケースA-14").Consent);
        Assert.Equal("同意", candidates.Single(c => c.Pseudonym == "ケースA-05").Consent);
    }
}
