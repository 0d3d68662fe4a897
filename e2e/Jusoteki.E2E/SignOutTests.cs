using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Jusoteki.E2E;

/// <summary>
/// ログアウト and 画面をロック end the sign-in session on the server: a copy of the cookie taken before opens nothing
/// afterwards, and the hub connection opened with it closes. Only that session ends: the same person signed in on another
/// PC goes on (what someone who signs out of the meeting-room PC expects of their own laptop).
/// </summary>
public sealed partial class SignOutTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    // The November meeting is closed: its minutes (with names) exist and the chair may download them.
    private const string Minutes = "/meetings/5d1c0a7e-2026-4c10-8a12-000000001112/minutes.md";

    private AppServer Server => server.Server;

    [Theory]
    [InlineData("/account/logout")]
    [InlineData("/account/lock")]
    public async Task A_cookie_saved_before_signing_out_downloads_nothing_afterwards_and_only_that_session_ends(string signOut)
    {
        var thisPc = new CookieContainer();
        var otherPc = new CookieContainer();
        await HubClient.SignInAsync(Server, thisPc, "gicho");
        await HubClient.SignInAsync(Server, otherPc, "gicho");
        using var browser = Client(thisPc);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Server.BaseUrl + Minutes)).StatusCode);
        var saved = thisPc.GetCookieHeader(new Uri(Server.BaseUrl));
        await using var hub = await HubClient.ConnectWithAsync(Server, thisPc);
        await hub.InvokeAsync("JoinMeeting", Guid.Parse(DemoMeeting.Id));

        // As the button's form posts, with an antiforgery token of this sign-in (the board renders its form only in the browser).
        var page = await browser.GetStringAsync(Server.BaseUrl + "/account/change-password");
        var token = TokenField().Match(page).Groups[1].Value;
        var signedOut = await browser.PostAsync(Server.BaseUrl + signOut, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/",
            ["reason"] = "manual",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, Server.BaseUrl + Minutes);
        request.Headers.Add("Cookie", saved);
        var afterwards = await replay.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Contains("/account/login", afterwards.Headers.Location?.ToString());
        Assert.DoesNotContain("緑川", await afterwards.Content.ReadAsStringAsync());
        await WaitUntil(() => hub.Connection.State == HubConnectionState.Disconnected);
        using var other = Client(otherPc);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(Server.BaseUrl + Minutes)).StatusCode);
    }

    private static HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition was not met within 10 s.");
            await Task.Delay(50); // polling a condition, not sleeping for a result
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
