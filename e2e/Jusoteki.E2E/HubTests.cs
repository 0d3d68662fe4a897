using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.E2E;

/// <summary>
/// /hubs/meeting with raw SignalR clients against the real server: redaction by the consent gate, the permission table,
/// and hostile or careless clients — each refused, nothing written, other participants unaffected.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HubTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly Guid December = Guid.Parse(DemoMeeting.Id);
    private static readonly Guid CaseA01 = CaseId("A-01");
    private static readonly Guid CaseA02 = CaseId("A-02");
    private static readonly Guid Houkatsu = DemoId("agency/houkatsu-chuo");
    private static readonly Guid Minsei = DemoId("agency/minsei-kita");

    // Personal information of the unconsented demo cases (不同意・未確認・撤回): names of the person and of their household.
    private static readonly string[] UnconsentedPersonalInformation =
        ["緑川 健一", "緑川 トシ", "若葉 ゆい", "若葉 美香", "森山 昭", "北村 美和", "北村 陽太", "東 浩二", "中川 スミ", "山口 由美", "山口 清", "石田 翔", "石田 恵子"];

    private AppServer Server => server.Server;

    [Fact]
    public async Task A_connection_without_entitlement_never_receives_personal_information_of_an_unconsented_case_whatever_it_sends()
    {
        await DemoMeeting.OpenAsync(Server);
        await using var unpledged = await HubClient.ConnectAsync(Server, "houkatsu");
        await using var pledged = await HubClient.ConnectAsync(Server, "minsei");

        var board = await unpledged.InvokeAsync("JoinMeeting", December);
        var pledgedBoard = await pledged.InvokeAsync("JoinMeeting", December);
        await unpledged.InvokeAsync("CatchUp", December, 0L);
        await Refused(() => unpledged.InvokeAsync("JoinMeeting", Guid.NewGuid()), "見つかりません");
        await unpledged.InvokeAsync("JoinMeeting", Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001211"));
        await Refused(() => unpledged.InvokeAsync("EditSupportPolicy", December, Guid.NewGuid(), "偽のケース", 0), "議題にありません");
        await Refused(() => unpledged.InvokeAsync("EditSupportPolicy", Guid.NewGuid(), CaseA01, "参加していない会議", 0), "先に会議に参加してください");
        // The unpledged member tries everything on the case it may not see; each is refused and nothing is written.
        await Refused(() => unpledged.InvokeAsync("EditSupportPolicy", December, CaseA01, "見えないケースへの書き込み", 0), "仮名表示");
        await Refused(() => unpledged.InvokeAsync("EditAgencyNote", December, CaseA01, Houkatsu, "見えないケースへの記録", 0), "仮名表示");
        await Refused(() => unpledged.InvokeAsync("AssignRole", December, CaseA01, Houkatsu, "訪問", "2027-01-14"), "仮名表示");
        await Refused(() => unpledged.InvokeAsync("SetFocus", December, CaseA01), "権限がありません");
        // Meanwhile the pledged member records what the meeting decides about the case.
        var version = CardOf(pledgedBoard, CaseA01).GetProperty("supportPolicy").GetProperty("version").GetInt32();
        await pledged.InvokeAsync("EditSupportPolicy", December, CaseA01, "見守りを継続し、緑川トシさんの介護サービス利用を入口に関係づくり", version);
        await pledged.InvokeAsync("EditAgencyNote", December, CaseA01, Minsei, "緑川 健一さんは夜に外出する様子", 0);
        var last = await pledged.InvokeAsync("AssignRole", December, CaseA01, Minsei, "緑川さん宅の見守りと異変時の連絡", "2027-01-14");
        await WaitUntil(() => unpledged.Received.Contains($"\"sequence\":{last.GetInt64()}"));
        var caughtUp = await unpledged.InvokeAsync("CatchUp", December, 0L);

        Assert.Equal("Pseudonymised", CardOf(board, CaseA01).GetProperty("visibility").GetString());
        Assert.Contains("緑川 健一", pledged.Received);
        Assert.Contains("CaseContentWithheld", unpledged.Received);
        Assert.All(UnconsentedPersonalInformation, name => Assert.DoesNotContain(name, unpledged.Received));
        Assert.DoesNotContain("緑川", unpledged.Received);
        Assert.DoesNotContain("見守りを継続し", unpledged.Received);
        Assert.Equal(caughtUp.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()), Enumerable.Range(1, (int)last.GetInt64()).Select(i => (long)i));
    }

    [Fact]
    public async Task Bad_commands_are_refused_in_japanese_and_write_nothing()
    {
        await DemoMeeting.OpenAsync(Server);
        await using var member = await HubClient.ConnectAsync(Server, "minsei");
        await using var outsider = await HubClient.ConnectAsync(Server, "coordinator");
        await member.InvokeAsync("JoinMeeting", December);
        await outsider.InvokeAsync("JoinMeeting", December);
        await member.InvokeAsync("JoinMeeting", Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001112"));
        var before = (await member.InvokeAsync("CatchUp", December, 0L)).GetArrayLength();

        await Refused(() => member.InvokeAsync("AssignRole", December, CaseA02, Guid.NewGuid(), "訪問", "2027-01-14"), "機関が見つかりません");
        await Refused(() => member.InvokeAsync("AssignRole", December, CaseA02, Minsei, "  ", "2027-01-14"), "役割の内容を入力してください");
        await Refused(() => member.InvokeAsync("AssignRole", December, CaseA02, Minsei, new string('訪', 201), "2027-01-14"), "200文字以内");
        await Refused(() => member.InvokeAsync("AssignRole", December, CaseA02, Minsei, "訪問", "2020-01-01"), "過去の日付");
        await Refused(() => member.InvokeAsync("EditWatching", December, CaseA02, new string('見', 2001), 0), "2,000文字以内");
        await Refused(() => member.InvokeAsync("SetNextReviewDate", December, CaseA02, "2020-01-01", 0), "過去の日付");
        await Refused(() => member.InvokeAsync("RecordPledge", December, Guid.NewGuid(), "ThisMeeting"), "参加者ではありません");
        await Refused(() => outsider.InvokeAsync("EditSupportPolicy", December, CaseA02, "参加していない人の書き込み", 0), "参加者ではない");
        await Refused(() => outsider.InvokeAsync("AssignRole", December, CaseA02, Minsei, "訪問", "2027-01-14"), "参加者ではない");
        await Refused(() => member.InvokeAsync("EditSupportPolicy", Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001112"), CaseId("A-08"), "閉会後の書き込み", 1), "閉会");

        Assert.Equal(before, (await member.InvokeAsync("CatchUp", December, 0L)).GetArrayLength());
    }

    [Fact]
    public async Task A_role_assigned_over_the_hub_reaches_another_client_with_its_proposer_and_time()
    {
        await DemoMeeting.OpenAsync(Server);
        await using var sender = await HubClient.ConnectAsync(Server, "minsei");
        // 地域包括 is within the consent scope of A-02, so it receives the role as it is.
        await using var listener = await HubClient.ConnectAsync(Server, "houkatsu");
        await sender.InvokeAsync("JoinMeeting", December);
        await listener.InvokeAsync("JoinMeeting", December);

        var sequence = (await sender.InvokeAsync("AssignRole", December, CaseA02, Minsei, "見守りと異変時の連絡", "2027-03-31")).GetInt64();

        await WaitUntil(() => listener.Received.Contains($"\"sequence\":{sequence}"));
        var entry = (await listener.InvokeAsync("CatchUp", December, sequence - 1L))[0];
        Assert.Equal(("RoleAssignedInMeeting", "民生委員 渡辺"), (entry.GetProperty("type").GetString(), entry.GetProperty("actorName").GetString()));
        Assert.Equal("見守りと異変時の連絡", entry.GetProperty("event").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Joining_a_meeting_one_is_not_invited_to_is_refused()
    {
        await using var police = await HubClient.ConnectAsync(Server, "police");

        await Refused(() => police.InvokeAsync("JoinMeeting", Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001112")), "招かれていない");
        await Refused(() => police.InvokeAsync("CatchUp", Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001112"), 0L), "先に会議に参加してください");
    }

    [Fact]
    public async Task A_reviewer_can_neither_join_nor_send_commands_and_nothing_is_written()
    {
        await using var chair = await HubClient.ConnectAsync(Server, "gicho");
        await chair.InvokeAsync("JoinMeeting", December);
        var before = (await chair.InvokeAsync("CatchUp", December, 0L)).GetArrayLength();
        await using var reviewer = await HubClient.ConnectAsync(Server, "etsuran");

        await Refused(() => reviewer.InvokeAsync("JoinMeeting", December), "権限がありません");
        await Refused(() => reviewer.InvokeAsync("EditSupportPolicy", December, CaseA02, "閲覧者の書き込み", 0), "先に会議に参加してください");

        Assert.Equal(before, (await chair.InvokeAsync("CatchUp", December, 0L)).GetArrayLength());
        Assert.Equal(0, reviewer.ReceivedCount);
    }

    [Fact]
    public async Task A_flooding_connection_is_slowed_down_alone()
    {
        await using var flooder = await HubClient.ConnectAsync(Server, "shakyo");
        await using var other = await HubClient.ConnectAsync(Server, "kodomo");
        await flooder.InvokeAsync("JoinMeeting", December);
        await other.InvokeAsync("JoinMeeting", December);

        var refusals = 0;
        for (var i = 0; i < 40; i++)
        {
            try { await flooder.InvokeAsync("CatchUp", December, 0L); }
            catch (HubException e) when (e.Message.Contains("操作が多すぎます")) { refusals++; }
        }

        Assert.True(refusals >= 20, $"only {refusals} of 40 calls were refused");
        Assert.True((await other.InvokeAsync("CatchUp", December, 0L)).GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_oversized_message_closes_only_the_sender_and_writes_nothing()
    {
        await using var sender = await HubClient.ConnectAsync(Server, "hoken");
        await using var other = await HubClient.ConnectAsync(Server, "shidou");
        await sender.InvokeAsync("JoinMeeting", December);
        await other.InvokeAsync("JoinMeeting", December);
        var before = (await other.InvokeAsync("CatchUp", December, 0L)).GetArrayLength();

        await Assert.ThrowsAnyAsync<Exception>(() => sender.InvokeAsync("EditSupportPolicy", December, CaseA02, new string('長', 40_000), 0));

        Assert.Equal(before, (await other.InvokeAsync("CatchUp", December, 0L)).GetArrayLength());
    }

    [Fact]
    public async Task Unknown_methods_and_malformed_payloads_are_refused_and_the_connection_goes_on()
    {
        await using var client = await HubClient.ConnectAsync(Server, "seikatsu");

        await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("DeleteEverything", December));
        await Assert.ThrowsAnyAsync<Exception>(() => client.InvokeAsync("JoinMeeting", "not-a-guid"));
        await Assert.ThrowsAnyAsync<Exception>(() => client.InvokeAsync("EditSupportPolicy", December));

        Assert.Equal(JsonValueKind.Object, (await client.InvokeAsync("JoinMeeting", December)).ValueKind);
    }

    [Fact]
    public async Task Arguments_that_do_not_bind_are_refused_in_japanese_without_internal_detail()
    {
        await using var client = await HubClient.ConnectAsync(Server, "seikatsu");

        var refusals = new[]
        {
            await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("CatchUp", December, "9223372036854775808")),
            await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("CatchUp", December, 9223372036854775808m)),
            await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("JoinMeeting", "not-a-guid")),
            await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("EditSupportPolicy", December)),
        };
        var unknown = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("DeleteEverything", December));

        Assert.All(refusals, e => Assert.Contains("送信された値の形式が正しくありません。", e.Message));
        Assert.Contains("指定されたメソッドはありません。", unknown.Message);
        Assert.All(refusals.Append(unknown), e => Assert.DoesNotContain("Exception:", e.Message.Replace("HubException:", "")));
        Assert.All(refusals.Append(unknown), e => Assert.DoesNotMatch("binding|argument|Int64|Guid|does not exist", e.Message));
    }

    [Fact]
    public async Task A_connection_that_is_not_signed_in_is_refused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(Server, null));
    }

    [Fact]
    public async Task A_client_that_is_not_signed_in_gets_a_plain_401_and_an_unknown_post_a_plain_404()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var negotiate = new HttpRequestMessage(HttpMethod.Post, $"{Server.BaseUrl}/hubs/meeting/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("X-Requested-With", "XMLHttpRequest"); // as the SignalR clients send it

        var hub = await http.SendAsync(negotiate);
        var plain = await http.PostAsync($"{Server.BaseUrl}/hubs/meeting/negotiate?negotiateVersion=1", null);
        var unknown = await http.PostAsync($"{Server.BaseUrl}/no-such-endpoint", null);

        Assert.Equal((HttpStatusCode.Unauthorized, null), (hub.StatusCode, hub.Headers.Location));
        Assert.Equal((HttpStatusCode.Unauthorized, null), (plain.StatusCode, plain.Headers.Location));
        Assert.Equal((HttpStatusCode.NotFound, null), (unknown.StatusCode, unknown.Headers.Location));
        Assert.DoesNotContain("antiforgery", await hub.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_of_another_origin_can_neither_negotiate_nor_open_a_web_socket_to_the_hub()
    {
        var cookies = new CookieContainer();
        await HubClient.SignInAsync(Server, cookies, "gicho");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

        var evil = await NegotiateAsync(http, "http://evil.example");
        var own = await NegotiateAsync(http, Server.BaseUrl);
        var none = await NegotiateAsync(http, null);
        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.SetRequestHeader("Origin", "http://evil.example");
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Server.Port}/hubs/meeting"), default));

        Assert.Equal(HttpStatusCode.Forbidden, evil.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (own.StatusCode, none.StatusCode));
    }

    private async Task<HttpResponseMessage> NegotiateAsync(HttpClient http, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Server.BaseUrl}/hubs/meeting/negotiate?negotiateVersion=1");
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await http.SendAsync(request);
    }

    private static JsonElement CardOf(JsonElement board, Guid caseId) =>
        board.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == caseId);

    [Fact]
    public async Task Consent_is_recorded_over_the_hub_only_by_who_may_see_the_case_and_bad_consent_is_refused_in_japanese()
    {
        // A-12 was received by 保健予防課 (C10 (a)); the police have no part in it.
        var caseA12 = CaseId("A-12");
        var hoken = DemoId("agency/hoken-yobou");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        await using var window = await HubClient.ConnectAsync(Server, "hoken");
        await using var police = await HubClient.ConnectAsync(Server, "police");
        object Grant(string? method) => new { date = today, method, scope = new[] { hoken }, signer = "Person", representativeRelation = (string?)null, paperLocation = "保健予防課 書庫", expiresOn = (string?)null };

        await Refused(() => police.InvokeAsync("GrantConsent", caseA12, Grant("Written")), "立場にない");
        await Refused(() => window.InvokeAsync("GrantConsent", caseA12, Grant(null)), "同意の方法");
        Assert.Equal("同意", (await window.InvokeAsync("GrantConsent", caseA12, Grant("Written"))).GetString());
        await Refused(() => police.InvokeAsync("WithdrawConsent", caseA12, today), "立場にない");
        Assert.Equal("撤回", (await window.InvokeAsync("WithdrawConsent", caseA12, today)).GetString());
        await Refused(() => window.InvokeAsync("WithdrawConsent", caseA12, today), "撤回できません");
    }

    private static async Task Refused(Func<Task> call, string message)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        Assert.Contains(message, error.Message);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition was not met within 10 s.");
            await Task.Delay(50); // polling a condition, not sleeping for a result
        }
    }

    private static Guid CaseId(string number) => DemoId("case/" + number);

    // Same derivation as DemoIds in Infrastructure: MD5 of the readable key.
    private static Guid DemoId(string key) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));
}
