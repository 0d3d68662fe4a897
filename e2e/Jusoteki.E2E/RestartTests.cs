using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

[Collection(BrowserCollection.Name)]
public sealed class RestartTests(BrowserFixture browser) : BrowserTest(browser)
{
    private readonly AppServer _server = new();
    public override Task InitializeAsync() => _server.StartAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task An_edit_seen_live_by_two_browsers_is_still_there_after_the_server_restarts()
    {
        await DemoMeeting.OpenAsync(_server);
        var a = new BoardPage(await OpenAsAsync(_server, "houkatsu", DemoMeeting.Url(_server)));
        var b = new BoardPage(await OpenAsAsync(_server, "shakyo", DemoMeeting.Url(_server)));
        await a.WaitUntilLiveAsync();
        await b.WaitUntilLiveAsync();
        await a.PledgeAsync();
        await b.PledgeAsync();
        const string policy = "見守りを継続し、母の介護サービス利用を入口に関係づくり";
        var sequenceBefore = long.Parse((await b.Board.GetAttributeAsync("data-last-sequence"))!);

        await a.EditSupportPolicyAsync("ケースA-01", policy);
        await Expect(b.SupportPolicy("ケースA-01")).ToHaveTextAsync(policy, new() { Timeout = 2_000 });

        await _server.RestartAsync();
        await a.OpenAsync(DemoMeeting.Url(_server));
        await b.OpenAsync(DemoMeeting.Url(_server));

        await Expect(a.SupportPolicy("ケースA-01")).ToHaveTextAsync(policy);
        await Expect(b.SupportPolicy("ケースA-01")).ToHaveTextAsync(policy);
        await Expect(b.Board).ToHaveAttributeAsync("data-last-sequence", (sequenceBefore + 1).ToString());
    }
}
