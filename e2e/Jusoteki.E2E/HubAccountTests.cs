using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// A hub connection outlasts the request that signed it in: when the 管理者 disables the account, its open connections close
/// at once, receive nothing more, and the old sign-in cookie can neither connect again nor join a meeting.
/// Its own server: the disabled account must not disturb the other hub tests.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HubAccountTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private static readonly Guid December = Guid.Parse(DemoMeeting.Id);

    private AppServer Server => server.Server;

    [Fact]
    public async Task Connections_of_an_account_the_administrator_disables_close_at_once_and_receive_nothing_more()
    {
        await using var houkatsu = await HubClient.ConnectAsync(Server, "houkatsu");
        await using var listener = await HubClient.ConnectAsync(Server, "houkatsu");
        await using var other = await HubClient.ConnectAsync(Server, "minsei");
        var board = await houkatsu.InvokeAsync("JoinMeeting", December);
        await listener.InvokeAsync("JoinMeeting", December);
        await other.InvokeAsync("JoinMeeting", December);
        var self = board.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("userId").GetString() == "houkatsu");
        var pledged = (await houkatsu.InvokeAsync("RecordPledge", December, self.GetProperty("participantId").GetGuid(), "ThisMeeting")).GetInt64();
        await WaitUntil(() => listener.Received.Contains($"\"sequence\":{pledged}"));

        var admin = await OpenAsAsync(Server, "admin", $"{Server.BaseUrl}/admin/accounts");
        await admin.GetByRole(AriaRole.Button, new() { Name = "houkatsuを無効にする" }).ClickAsync(new() { Timeout = 30_000 });
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("houkatsu を無効にしました。");

        await WaitUntil(() => houkatsu.Connection.State == HubConnectionState.Disconnected && listener.Connection.State == HubConnectionState.Disconnected);
        var after = (await other.InvokeAsync("NoteResourceGap", December, DemoId("case/A-02"), "夜間に相談できる窓口がない")).GetInt64();
        await WaitUntil(() => other.Received.Contains($"\"sequence\":{after}"));
        Assert.DoesNotContain($"\"sequence\":{after}", listener.Received);
        await Assert.ThrowsAnyAsync<Exception>(() => houkatsu.InvokeAsync("CatchUp", December, 0L));
        // The sign-in cookie itself is re-checked only every minute; the hub checks the account now, before any call.
        await using var again = await HubClient.ConnectWithAsync(Server, houkatsu.Cookies);
        await Assert.ThrowsAnyAsync<Exception>(() => again.InvokeAsync("JoinMeeting", December));
        await WaitUntil(() => again.Connection.State == HubConnectionState.Disconnected);
        Assert.Contains("このアカウントは無効になったか", again.ClosedWith?.Message);
        Assert.Equal(0, again.ReceivedCount);
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

    // Same derivation as DemoIds in Infrastructure: MD5 of the readable key.
    private static Guid DemoId(string key) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));
}
