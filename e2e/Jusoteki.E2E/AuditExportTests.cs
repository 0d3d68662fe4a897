using System.Net;
using System.Text;

namespace Jusoteki.E2E;

/// <summary>The audit log's CSV from a real server: the 管理者's only, UTF-8 with BOM, never cached, and itself in the log.</summary>
public sealed class AuditExportTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private AppServer Server => server.Server;

    [Fact]
    public async Task The_administrator_downloads_the_log_as_csv_that_no_cache_keeps_and_the_download_is_audited()
    {
        var cookies = new CookieContainer();
        await HubClient.SignInAsync(Server, cookies, "admin");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

        var first = await http.GetAsync($"{Server.BaseUrl}/admin/audit/export.csv?action=account.login");
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var again = Encoding.UTF8.GetString((await (await http.GetAsync($"{Server.BaseUrl}/admin/audit/export.csv")).Content.ReadAsByteArrayAsync())[3..]);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoStore, $"Cache-Control: {first.Headers.CacheControl}");
        Assert.StartsWith("text/csv", first.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("日時,操作,操作コード,利用者ID,利用者,ケース,内容\r\n", text);
        Assert.Contains(",account.login,admin,", text);
        Assert.DoesNotContain("account.logout", text);
        // The second export lists the first one, newest first.
        Assert.Contains("監査ログのCSV出力,audit.exported,admin", again.Split("\r\n")[1]);
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_gets_no_csv_and_a_bad_date_is_refused_in_japanese()
    {
        var chair = new CookieContainer();
        await HubClient.SignInAsync(Server, chair, "gicho");
        using var asChair = new HttpClient(new HttpClientHandler { CookieContainer = chair, AllowAutoRedirect = false });
        var admin = new CookieContainer();
        await HubClient.SignInAsync(Server, admin, "admin");
        using var asAdmin = new HttpClient(new HttpClientHandler { CookieContainer = admin, AllowAutoRedirect = false });

        var refused = await asChair.GetAsync($"{Server.BaseUrl}/admin/audit/export.csv");
        var badDate = await asAdmin.GetAsync($"{Server.BaseUrl}/admin/audit/export.csv?from=2026-13-01");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("日時,操作", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("YYYY-MM-DD", await badDate.Content.ReadAsStringAsync());
    }
}
