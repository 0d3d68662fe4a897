using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>Session hygiene on a shared meeting-room PC: the lock after a spell without input.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionTests(BrowserFixture browser) : BrowserTest(browser)
{
    // Three seconds without input locks the screen on this server, so the test does not wait half an hour.
    private readonly AppServer _server = new(new Dictionary<string, string> { ["Jusoteki__IdleLockMinutes"] = "0.05" });
    public override Task InitializeAsync() => _server.StartAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_screen_left_without_input_locks_itself()
    {
        var page = await OpenAsAsync(_server, "jimukyoku", DemoMeeting.Url(_server));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("一定時間操作がなかったため", new() { Timeout = 30_000 });
        await Expect(page.Locator(".board")).ToHaveCountAsync(0);
    }
}
