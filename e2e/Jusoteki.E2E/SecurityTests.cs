using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

[Collection(BrowserCollection.Name)]
public sealed class SecurityTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Every_page_forbids_outside_sources_and_framing()
    {
        using var http = new HttpClient();

        var response = await http.GetAsync($"{server.Server.BaseUrl}/account/login");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("minutes.md")]
    [InlineData("minutes.docx")]
    public async Task Downloads_with_personal_data_are_not_kept_in_any_cache(string file)
    {
        var cookies = new System.Net.CookieContainer();
        await HubClient.SignInAsync(server.Server, cookies, "gicho");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

        // The November meeting is closed: its minutes exist and the chair may download them.
        var response = await http.GetAsync($"{server.Server.BaseUrl}/meetings/5d1c0a7e-2026-4c10-8a12-000000001112/{file}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task The_live_board_works_under_the_policy_and_asks_for_nothing_outside_the_server()
    {
        await DemoMeeting.OpenAsync(server.Server);
        var violations = new List<string>();
        var outside = new List<string>();
        var page = await NewPageAsync();
        page.Context.Request += (_, request) => { if (!request.Url.StartsWith(server.Server.BaseUrl) && !request.Url.StartsWith("data:")) outside.Add(request.Url); };
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) violations.Add(message.Text); };

        await page.GotoAsync($"{server.Server.BaseUrl}/account/login?returnUrl={Uri.EscapeDataString(new Uri(DemoMeeting.Url(server.Server)).PathAndQuery)}");
        await SignIn.SubmitAsync(page, "minsei");
        var board = new BoardPage(page);
        await board.WaitUntilLiveAsync();
        await board.EditSupportPolicyAsync("ケースA-02", "レスパイトと保育枠の確保を優先する");
        await Expect(board.SupportPolicy("ケースA-02")).ToHaveTextAsync("レスパイトと保育枠の確保を優先する");

        Assert.Empty(violations);
        Assert.Empty(outside);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        var page = await OpenAsAsync(server.Server, "hoken", server.Server.BaseUrl + "/");

        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "Jusoteki.Auth");

        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
    }
}
