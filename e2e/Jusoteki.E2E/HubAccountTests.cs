using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// A hub connection outlasts the request that signed it in: when the 管理者 disables the account, its open connections close
/// at once, receive nothing more, and the old sign-in cookie can neither connect again nor join a meeting. A change made
/// elsewhere is refused at the next call and closes a connection that only listens within a minute.
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
        await DemoMeeting.OpenAsync(Server);
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
        await (await ConfirmDialog.OpenedAsync(admin, "無効にする")).GetByRole(AriaRole.Button, new() { Name = "無効にする" }).ClickAsync();
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

    [Fact]
    public async Task An_account_changed_elsewhere_is_refused_in_japanese_at_its_next_call_and_a_listening_connection_closes_within_a_minute()
    {
        await using var caller = await HubClient.ConnectAsync(Server, "kodomo");
        await using var listener = await HubClient.ConnectAsync(Server, "kodomo");
        await caller.InvokeAsync("JoinMeeting", December);

        // As another server process (or a role change there) would: the account's security stamp is renewed in the database.
        await using (var db = new SqliteConnection($"Data Source={Server.DatabasePath}"))
        {
            await db.OpenAsync();
            await using var renew = db.CreateCommand();
            renew.CommandText = "UPDATE AspNetUsers SET SecurityStamp = 'renewed-elsewhere' WHERE UserName = 'kodomo'";
            Assert.Equal(1, await renew.ExecuteNonQueryAsync());
        }
        SqliteConnection.ClearAllPools();

        // This process caches an account for a few seconds; the first call after that is refused.
        HubException? refused = null;
        await WaitUntilAsync(async () =>
        {
            try { await caller.InvokeAsync("CatchUp", December, 0L); }
            catch (HubException e) { refused = e; }
            return refused is not null;
        }, TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(500));
        await WaitUntil(() => caller.Connection.State == HubConnectionState.Disconnected);
        await WaitUntilAsync(() => Task.FromResult(listener.Connection.State == HubConnectionState.Disconnected), TimeSpan.FromSeconds(65), TimeSpan.FromMilliseconds(200));

        Assert.Contains("このアカウントは無効になったか、役割が変更されました。", refused!.Message);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan every)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The condition was not met within {timeout.TotalSeconds} s.");
            await Task.Delay(every); // polling a condition, not sleeping for a result
        }
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
