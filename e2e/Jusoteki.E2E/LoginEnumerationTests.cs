using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Jusoteki.E2E;

/// <summary>
/// An outsider at the login form learns nothing about which accounts exist: an unknown name and a wrong password get the
/// same message after comparable time; a locked account says so only after its right password; one machine cannot lock
/// an account (it is held off it instead); and a name that is no account is not copied into the audit log.
/// Its own server: the attempts from this machine must not hold off the other tests' logins.
/// </summary>
public sealed partial class LoginEnumerationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string WrongPasswordOrName = "ユーザー名またはパスワードが正しくありません。";

    private AppServer Server => server.Server;

    [Fact]
    public async Task An_unknown_name_and_a_wrong_password_get_the_same_message_in_comparable_time()
    {
        var known = new List<double>();
        var unknown = new List<double>();
        // One attempt per name: the same name tried again from here would be held off after three.
        string[] accounts = ["hoken", "kodomo", "shidou", "houkatsu", "seikatsu"];
        for (var i = 0; i < accounts.Length; i++)
        {
            var (knownMessage, knownTime) = await AttemptAsync(accounts[i], $"wrong-password-{i}");
            var (unknownMessage, unknownTime) = await AttemptAsync($"nobody-{i}", $"wrong-password-{i}");
            Assert.Equal(WrongPasswordOrName, knownMessage);
            Assert.Equal(WrongPasswordOrName, unknownMessage);
            known.Add(knownTime);
            unknown.Add(unknownTime);
        }

        // Both check a password hash (tens of milliseconds); an unknown name answered in 2–5 ms before.
        Assert.True(Median(unknown) >= 0.4 * Median(known), $"unknown {Median(unknown):F0} ms, known {Median(known):F0} ms");
    }

    [Fact]
    public async Task A_locked_account_is_told_apart_only_after_its_right_password()
    {
        await ExecuteAsync("UPDATE AspNetUsers SET LockoutEnd = '2099-01-01 00:00:00+00:00' WHERE UserName = 'shougai'");

        Assert.Equal(WrongPasswordOrName, (await AttemptAsync("shougai", "wrong-password-1")).Message);
        Assert.Contains("一時的にロックしました", (await AttemptAsync("shougai", SignIn.DemoPassword)).Message);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_machine_hold_that_machine_off_the_account_without_locking_it()
    {
        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(WrongPasswordOrName, (await AttemptAsync("etsuran", $"wrong-password-{attempt}")).Message);

        var held = (await AttemptAsync("etsuran", SignIn.DemoPassword)).Message;
        for (var attempt = 4; attempt <= 6; attempt++) await AttemptAsync("etsuran", $"wrong-password-{attempt}");

        Assert.Contains("この端末からのログインを一時的に止めています", held);
        // Five failures lock an account; this machine added three, so the account itself stays open to its owner elsewhere.
        Assert.Equal((3L, true), await ScalarsAsync("SELECT AccessFailedCount, LockoutEnd IS NULL FROM AspNetUsers WHERE UserName = 'etsuran'"));
        // Another account from the same machine is not held.
        var cookies = new CookieContainer();
        await HubClient.SignInAsync(Server, cookies, "shakyo");
    }

    [Fact]
    public async Task A_name_that_is_no_account_is_counted_in_the_audit_log_but_not_copied()
    {
        const string typed = "evil\u202Eadmin\u0001";
        Assert.Equal(WrongPasswordOrName, (await AttemptAsync(typed, "wrong-password-1")).Message);

        Assert.Equal(0L, (await ScalarsAsync($"SELECT COUNT(*), 0 FROM AuditLog WHERE ActorId LIKE '%evil%' OR ActorName LIKE '%evil%' OR Detail LIKE '%evil%'")).Item1);
        Assert.Equal((1L, true), await ScalarsAsync($"SELECT COUNT(*), 1 FROM AuditLog WHERE Action = 'account.login-failed' AND Detail = '不明なユーザー名（{typed.Length}文字）'"));
    }

    private async Task<(string Message, double Milliseconds)> AttemptAsync(string userName, string password)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        var form = await http.GetStringAsync($"{Server.BaseUrl}/account/login");
        var token = TokenField().Match(form).Groups[1].Value;
        var watch = Stopwatch.StartNew();
        var response = await http.PostAsync($"{Server.BaseUrl}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        var page = await response.Content.ReadAsStringAsync();
        watch.Stop();
        if (response.StatusCode == HttpStatusCode.Redirect) return ("(signed in)", watch.Elapsed.TotalMilliseconds);
        return (WebUtility.HtmlDecode(Alert().Match(page).Groups[1].Value), watch.Elapsed.TotalMilliseconds);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using (var db = new SqliteConnection($"Data Source={Server.DatabasePath}"))
        {
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = sql;
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        SqliteConnection.ClearAllPools();
    }

    private async Task<(long, bool)> ScalarsAsync(string sql)
    {
        await using var db = new SqliteConnection($"Data Source={Server.DatabasePath};Mode=ReadOnly");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var result = (reader.GetInt64(0), reader.GetInt64(1) == 1);
        SqliteConnection.ClearAllPools();
        return result;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<p role=\"alert\" class=\"login-error\">([^<]*)</p>")]
    private static partial Regex Alert();
}
