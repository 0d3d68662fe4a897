using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// Several instances (docs/cluster.md): two Jusoteki.Web processes on one PostgreSQL and one Redis, the YARP proxy in
/// front. A meeting is one meeting whichever instance a participant's circuit lives on, and an instance that dies takes
/// nobody's work with it. Each test acts as its own members; a test that stops an instance starts it again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ClusterTests(BrowserFixture browser, ClusterFixture cluster, ITestOutputHelper output)
    : BrowserTest(browser), IClassFixture<ClusterFixture>
{
    private static readonly Guid December = Guid.Parse(DemoMeeting.Id);
    private static readonly Guid CaseA01 = DemoId("case/A-01");
    private static readonly Guid CaseA02 = DemoId("case/A-02");
    private static readonly Guid Minsei = DemoId("agency/minsei-kita");

    [Fact]
    public async Task An_edit_in_a_browser_on_one_instance_appears_in_a_browser_on_the_other_within_two_seconds()
    {
        await DemoMeeting.OpenAsync(cluster.A);
        var onA = new BoardPage(await OpenAsAsync(cluster.A, "kodomo", DemoMeeting.Url(cluster.A)));
        var onB = new BoardPage(await OpenAsAsync(cluster.B, "seikatsu", DemoMeeting.Url(cluster.B)));
        await onA.WaitUntilLiveAsync();
        await onB.WaitUntilLiveAsync();
        await onA.PledgeAsync();
        await onB.PledgeAsync();
        await onB.ShowAsync("ケースA-03");
        await onB.Page.EvaluateAsync("() => window.__sameDocument = true");

        var edit = Stopwatch.StartNew();
        await onA.EditSupportPolicyAsync("ケースA-03", "スクールソーシャルワーカーが本人と学校で話す");

        // The same bound as two browsers on one instance (LiveBoardTests).
        await Expect(onB.SupportPolicy("ケースA-03")).ToHaveTextAsync("スクールソーシャルワーカーが本人と学校で話す", new() { Timeout = 2_000 });
        output.WriteLine($"save clicked on A → on B's screen: {edit.ElapsedMilliseconds} ms");
        Console.WriteLine($"[cluster] save clicked on A → on B's screen: {edit.ElapsedMilliseconds} ms");
        Assert.True(await onB.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "B must not have reloaded.");
    }

    [Fact]
    public async Task A_browser_whose_instance_dies_is_back_on_the_other_caught_up_with_nothing_saved_or_typed_lost()
    {
        await DemoMeeting.OpenAsync(cluster.A);
        var page = await NewPageAsync();
        var url = $"{cluster.Proxy.BaseUrl}/meetings/{DemoMeeting.Id}";
        await page.GotoAsync($"{cluster.Proxy.BaseUrl}/account/login?returnUrl={Uri.EscapeDataString($"/meetings/{DemoMeeting.Id}")}");
        await SignIn.SubmitAsync(page, "shakyo");
        await Expect(page).ToHaveURLAsync(url, new() { Timeout = 30_000 });
        var board = new BoardPage(page);
        await board.WaitUntilLiveAsync();
        await board.PledgeAsync();
        const string saved = "母の介護保険の申請を入口に、本人との関係づくりを続ける";
        await board.EditSupportPolicyAsync("ケースA-01", saved);
        await Expect(board.SupportPolicy("ケースA-01")).ToHaveTextAsync(saved);

        // Typed and not saved yet: kept as a draft in Redis, so the other instance restores it as not saved.
        var unsaved = $"夜間の見守りは民生委員と相談する draft-{Guid.NewGuid():N}";
        await board.Card("ケースA-01").GetByRole(AriaRole.Button, new() { Name = "ケースA-01の見守りを編集" }).ClickAsync();
        await board.Editor("ケースA-01", "見守り").FillAsync(unsaved);
        await cluster.WaitUntilDraftKeptAsync(unsaved[(unsaved.IndexOf("draft-"))..]);

        var dying = cluster.Proxy.InstanceOf(await InstanceOfAsync(page));
        var survivor = dying == cluster.A ? cluster.B : cluster.A;
        await page.EvaluateAsync("() => window.__beforeKill = true");
        try
        {
            await dying.StopAsync();
            var outage = Stopwatch.StartNew();
            // Meanwhile another member goes on working on the surviving instance.
            await using var other = await HubClient.ConnectAsync(survivor, "minsei");
            await other.InvokeAsync("JoinMeeting", December);
            var lastSequence = (await other.InvokeAsync("AssignRole", December, CaseA01, Minsei, "停電中に決めた見守りの役割", "2027-01-14")).GetInt64();

            // The circuit is gone with its instance: Blazor retries, the proxy takes the dead instance out and sends the
            // retry to the survivor, which does not know the circuit, so the page reloads there (ReconnectModal).
            await page.WaitForFunctionAsync(
                "() => !window.__beforeKill && document.querySelector(\".board[data-live='true'][data-status='Loaded']\") !== null",
                null, new() { Timeout = 60_000, PollingInterval = 100 });
            outage.Stop();
            output.WriteLine($"instance killed → board live on the other: {outage.ElapsedMilliseconds} ms");
            Console.WriteLine($"[cluster] instance killed → board live on the other: {outage.ElapsedMilliseconds} ms");

            Assert.Equal(cluster.Proxy.IdOf(survivor), await InstanceOfAsync(page));
            if (await board.Board.GetAttributeAsync("data-shown") != "ケースA-01") await board.ShowAsync("ケースA-01");
            await Expect(board.SupportPolicy("ケースA-01")).ToHaveTextAsync(saved);
            await Expect(board.Editor("ケースA-01", "見守り")).ToHaveValueAsync(unsaved);
            await Expect(board.Card("ケースA-01").GetByText("前回の接続で保存されなかった入力です。")).ToBeVisibleAsync();
            await Expect(board.Roles("ケースA-01").Filter(new() { HasText = "停電中に決めた見守りの役割" })).ToHaveCountAsync(1);
            await Expect(board.Board).ToHaveAttributeAsync("data-last-sequence", lastSequence.ToString());
        }
        finally
        {
            await dying.StartAsync();
        }
    }

    [Fact]
    public async Task A_hub_client_on_one_instance_receives_an_edit_made_on_the_other_exactly_once()
    {
        await DemoMeeting.OpenAsync(cluster.A);
        // 地域包括 is within the consent scope of A-02, so it receives the role as it is.
        await using var listener = await HubClient.ConnectAsync(cluster.A, "houkatsu");
        await using var sender = await HubClient.ConnectAsync(cluster.B, "minsei");
        await listener.InvokeAsync("JoinMeeting", December);
        await sender.InvokeAsync("JoinMeeting", December);

        var sequence = (await sender.InvokeAsync("AssignRole", December, CaseA02, Minsei, "二つ目のサーバーから割り当てた役割", "2027-03-31")).GetInt64();
        await WaitUntil(() => Occurrences(listener, sequence) > 0);
        // A later edit that has arrived means that anything about the first one has arrived too (one feed, in order).
        var marker = (await sender.InvokeAsync("AssignRole", December, CaseA02, Minsei, "順番を確かめるための役割", "2027-03-31")).GetInt64();
        await WaitUntil(() => Occurrences(listener, marker) > 0);

        Assert.Equal(1, Occurrences(listener, sequence));
        Assert.Equal(1, Occurrences(listener, marker));
        Assert.Contains("二つ目のサーバーから割り当てた役割", listener.Received);
    }

    [Fact]
    public async Task Behind_the_proxy_the_login_throttle_counts_the_client_address_the_proxy_forwards()
    {
        // Straight to an instance from a trusted proxy's address (loopback): X-Forwarded-For names the client.
        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(WrongPasswordOrName, await AttemptLoginAsync(cluster.A.BaseUrl, new CookieContainer(), "police", $"wrong-{attempt}", "198.51.100.1"));
        Assert.Contains("この端末からのログインを一時的に止めています", await AttemptLoginAsync(cluster.A.BaseUrl, new CookieContainer(), "police", SignIn.DemoPassword, "198.51.100.1"));
        Assert.Equal("(signed in)", await AttemptLoginAsync(cluster.A.BaseUrl, new CookieContainer(), "police", SignIn.DemoPassword, "198.51.100.2"));
    }

    [Fact]
    public async Task Through_the_proxy_a_forged_forwarded_address_does_not_escape_the_login_throttle()
    {
        // One browser (one affinity cookie, so one instance) that forges a new X-Forwarded-For on every attempt.
        var browserCookies = new CookieContainer();
        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(WrongPasswordOrName, await AttemptLoginAsync(cluster.Proxy.BaseUrl, browserCookies, "hoken", $"wrong-{attempt}", $"203.0.113.{attempt}"));

        Assert.Contains("この端末からのログインを一時的に止めています", await AttemptLoginAsync(cluster.Proxy.BaseUrl, browserCookies, "hoken", SignIn.DemoPassword, "203.0.113.99"));
    }

    private const string WrongPasswordOrName = "ユーザー名またはパスワードが正しくありません。";

    // Same-origin fetch through the proxy: its X-Jusoteki-Instance header names the instance this browser is pinned to.
    private static Task<string> InstanceOfAsync(IPage page) =>
        page.EvaluateAsync<string>("async () => (await fetch('/health', { cache: 'no-store' })).headers.get('x-jusoteki-instance')");

    private static int Occurrences(HubClient client, long sequence) =>
        Regex.Matches(client.Received, $"\"sequence\":{sequence}(?!\\d)").Count;

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(15)) throw new TimeoutException("The condition did not hold within 15 s.");
            await Task.Delay(20); // polling a condition, not sleeping for a result
        }
    }

    private static async Task<string> AttemptLoginAsync(string baseUrl, CookieContainer cookies, string userName, string password, string forwardedFor)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var form = await http.GetStringAsync($"{baseUrl}/account/login");
        var response = await http.PostAsync($"{baseUrl}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = TokenField().Match(form).Groups[1].Value,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode == HttpStatusCode.Redirect) return "(signed in)";
        return WebUtility.HtmlDecode(Alert().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    // Same derivation as DemoIds in Infrastructure: MD5 of the readable key.
    private static Guid DemoId(string key) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<p role=\"alert\" class=\"login-error\">([^<]*)</p>")]
    private static partial Regex Alert();
}
