using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Jusoteki.E2E;

/// <summary>
/// Issue 11, item 5: one account opening many connections and flooding them slowed everyone down. An account gets a few
/// connections and one share of calls however many it opens, and another participant's edits stay fast meanwhile.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HubLimitTests(ServerFixture server, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    private const int MaxConnectionsPerUser = 5;
    private const int CallsPerUserPerWindow = 60;
    private static readonly Guid December = Guid.Parse(DemoMeeting.Id);
    private static readonly Guid CaseA02 = DemoId("case/A-02");
    private static readonly Guid Minsei = DemoId("agency/minsei-kita");

    private AppServer Server => server.Server;

    [Fact]
    public async Task An_account_gets_five_connections_and_a_sixth_is_closed_with_a_japanese_reason()
    {
        var open = new List<HubClient>();
        try
        {
            for (var i = 0; i < MaxConnectionsPerUser; i++) open.Add(await HubClient.ConnectAsync(Server, "shakyo"));

            var reason = await SixthConnectionRefusalAsync("shakyo");

            Assert.Contains("接続が多すぎます", reason);
            foreach (var client in open) Assert.Equal(JsonValueKind.Object, (await client.InvokeAsync("JoinMeeting", December)).ValueKind);
        }
        finally
        {
            foreach (var client in open) await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task More_connections_buy_an_account_no_more_calls_and_another_participants_edits_stay_fast()
    {
        await DemoMeeting.OpenAsync(Server);
        var abuser = new List<HubClient>();
        await using var other = await HubClient.ConnectAsync(Server, "minsei");
        try
        {
            for (var i = 0; i < MaxConnectionsPerUser; i++) abuser.Add(await HubClient.ConnectAsync(Server, "hoken"));
            foreach (var client in abuser) await client.InvokeAsync("JoinMeeting", December);
            await other.InvokeAsync("JoinMeeting", December);

            var flood = abuser.Select(FloodAsync).ToList();
            var latencies = new List<double>();
            for (var i = 0; i < 8; i++)
            {
                var watch = Stopwatch.StartNew();
                await other.InvokeAsync("AssignRole", December, CaseA02, Minsei, $"見守りの連絡 {i + 1}", "2027-03-31");
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
            var accepted = (await Task.WhenAll(flood)).Sum();

            output.WriteLine($"flood calls accepted: {accepted} of {MaxConnectionsPerUser * 30}; other's edits: max {latencies.Max():F0} ms, median {latencies.Order().ElementAt(latencies.Count / 2):F0} ms");
            Assert.True(accepted <= CallsPerUserPerWindow - MaxConnectionsPerUser, $"{accepted} flood calls were accepted");
            // Generous: an edit takes ~20 ms here; the bound only catches one user starving the others.
            Assert.True(latencies.Max() < 2_000, $"another participant's edit took {latencies.Max():F0} ms");
        }
        finally
        {
            foreach (var client in abuser) await client.DisposeAsync();
        }
    }

    // Each connection calls CatchUp(0) as fast as it can; returns how many calls the server accepted.
    private static async Task<int> FloodAsync(HubClient client)
    {
        var accepted = 0;
        for (var i = 0; i < 30; i++)
        {
            try
            {
                await client.InvokeAsync("CatchUp", December, 0L);
                accepted++;
            }
            catch (HubException e) when (e.Message.Contains("操作が多すぎます")) { }
        }
        return accepted;
    }

    // The sixth connection completes its handshake and is closed at once with the reason, or is refused while starting.
    private async Task<string> SixthConnectionRefusalAsync(string userName)
    {
        HubClient sixth;
        try
        {
            sixth = await HubClient.ConnectAsync(Server, userName);
        }
        catch (Exception e)
        {
            return e.Message;
        }
        await using (sixth)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (sixth.Connection.State != HubConnectionState.Disconnected)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("The sixth connection was not closed within 10 s.");
                await Task.Delay(50); // polling a condition, not sleeping for a result
            }
            return sixth.ClosedWith?.Message ?? "";
        }
    }

    // Same derivation as DemoIds in Infrastructure: MD5 of the readable key.
    private static Guid DemoId(string key) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));
}
