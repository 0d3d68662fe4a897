using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// On a slow link the page says that it is loading from the first byte, in Japanese, until the circuit has drawn the page —
/// instead of seconds of blank screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LoadingScreenTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private AppServer Server => server.Server;

    [Fact]
    public async Task The_first_html_already_says_it_is_loading_and_the_screen_goes_once_the_circuit_is_live()
    {
        var page = await OpenAsAsync(Server, "gicho", Server.BaseUrl + "/");

        // The server's first answer, before any script has run: the loading screen is in it, with the app's name.
        var html = await (await page.APIRequest.GetAsync(DemoMeeting.Url(Server))).TextAsync();
        var loading = html.IndexOf("id=\"app-loading\"", StringComparison.Ordinal);
        Assert.True(loading >= 0, "the loading screen is missing from the initial HTML");
        Assert.Contains("読み込んでいます…", html[loading..]);
        Assert.Contains("Jusoteki 支援会議ワークスペース", html[loading..]);
        Assert.True(loading < html.IndexOf("autostart=\"false\"", StringComparison.Ordinal), "the loading screen must come before the Blazor script");

        // Once the circuit is live and the board drawn, it is gone.
        var board = new BoardPage(page);
        await board.OpenAsync(DemoMeeting.Url(Server));
        await Expect(page.Locator("#app-loading")).ToHaveCountAsync(0);
        await Expect(page.GetByText("読み込んでいます…")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task While_the_circuit_cannot_start_the_person_sees_the_japanese_loading_screen_not_a_blank_page()
    {
        var page = await OpenAsAsync(Server, "gicho", Server.BaseUrl + "/");
        // A link so slow that the Blazor script never arrives: what the person sees meanwhile.
        var blocked = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await route.AbortAsync();
            blocked.TrySetResult();
        });

        await page.GotoAsync(DemoMeeting.Url(Server));
        await blocked.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "読み込んでいます…" });
        await Expect(status).ToBeVisibleAsync();
        await Expect(status).ToContainTextAsync("Jusoteki 支援会議ワークスペース");
        await Expect(page.Locator(".board")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_static_login_page_has_no_loading_screen()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(Server.BaseUrl + "/account/login");

        await Expect(page.GetByLabel("ユーザー名")).ToBeVisibleAsync();
        await Expect(page.Locator("#app-loading")).ToHaveCountAsync(0);
    }
}
