using Microsoft.AspNetCore.SignalR;

namespace Jusoteki.E2E;

/// <summary>The seeded 令和8年12月 支援会議 (see MidoriCityDemo in Infrastructure).</summary>
public static class DemoMeeting
{
    public const string Id = "5d1c0a7e-2026-4c10-8a12-000000001210";
    public const string Title = "令和8年12月 支援会議";

    public static string Url(AppServer server) => $"{server.BaseUrl}/meetings/{Id}";

    /// <summary>
    /// The chair (gicho) opens the meeting over the hub, for tests about what happens in session: decisions are recorded only
    /// once the meeting is open. Open already (the server is shared by a test class) is fine.
    /// </summary>
    public static async Task OpenAsync(AppServer server)
    {
        await using var chair = await HubClient.ConnectAsync(server, "gicho");
        await chair.InvokeAsync("JoinMeeting", Guid.Parse(Id));
        try
        {
            await chair.InvokeAsync("OpenMeeting", Guid.Parse(Id));
        }
        catch (HubException e) when (e.Message.Contains("準備中の会議だけを開会できます"))
        {
        }
    }
}
