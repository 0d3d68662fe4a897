namespace Jusoteki.E2E;

/// <summary>The seeded 令和8年12月 支援会議 (see MidoriCityDemo in Infrastructure).</summary>
public static class DemoMeeting
{
    public const string Id = "5d1c0a7e-2026-4c10-8a12-000000001210";
    public const string Title = "令和8年12月 支援会議";

    public static string Url(AppServer server) => $"{server.BaseUrl}/meetings/{Id}";
}
