using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Jusoteki.E2E;

/// <summary>
/// A raw SignalR client of /hubs/meeting, as a non-browser tool would be: it signs in through the real login form to get
/// the cookie, connects, and records every message and result it receives as JSON text.
/// </summary>
public sealed partial class HubClient : IAsyncDisposable
{
    private readonly List<string> _received = [];

    private HubClient(HubConnection connection, CookieContainer cookies)
    {
        Connection = connection;
        Cookies = cookies;
        connection.On<JsonElement>("JournalEntries", Record);
        connection.Closed += error => { ClosedWith = error; return Task.CompletedTask; };
    }

    /// <summary>Why the server closed the connection, if it gave a reason.</summary>
    public Exception? ClosedWith { get; private set; }

    public HubConnection Connection { get; }

    /// <summary>The sign-in cookie this client connected with, e.g. to connect again with it later.</summary>
    public CookieContainer Cookies { get; }

    /// <summary>Everything this client has received so far, as one text.</summary>
    public string Received { get { lock (_received) return string.Join("\n", _received); } }

    public int ReceivedCount { get { lock (_received) return _received.Count; } }

    public static async Task<HubClient> ConnectAsync(AppServer server, string? userName)
    {
        var cookies = new CookieContainer();
        if (userName is not null) await SignInAsync(server, cookies, userName);
        return await ConnectWithAsync(server, cookies);
    }

    /// <summary>Connects with a cookie that signed in earlier (perhaps no longer valid).</summary>
    public static async Task<HubClient> ConnectWithAsync(AppServer server, CookieContainer cookies)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{server.BaseUrl}/hubs/meeting", options => options.Cookies = cookies)
            .Build();
        var client = new HubClient(connection, cookies);
        await connection.StartAsync();
        return client;
    }

    /// <summary>Invokes a hub method and records its result, so that what the server answered is checked too.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] args)
    {
        var result = await Connection.InvokeCoreAsync<JsonElement>(method, args);
        Record(result);
        return result;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    // Re-encoded without escaping, so that Japanese text can be searched for as it is.
    private void Record(JsonElement json)
    {
        var text = JsonSerializer.Serialize(json, Readable);
        lock (_received) _received.Add(text);
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task SignInAsync(AppServer server, CookieContainer cookies, string userName)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var form = await http.GetStringAsync($"{server.BaseUrl}/account/login");
        var token = TokenField().Match(form).Groups[1].Value;
        var response = await http.PostAsync($"{server.BaseUrl}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = SignIn.DemoPassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
