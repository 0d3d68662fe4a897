using Jusoteki.Testing.PostgreSql;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>The app end to end on PostgreSQL (Jusoteki:Database = PostgreSQL): a fresh database on the run's private cluster.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PostgreSqlAppTests(BrowserFixture browser) : BrowserTest(browser)
{
    private readonly string _keyFolder = Path.Combine(Path.GetTempPath(), "jusoteki-e2e", "pg-keys-" + Guid.NewGuid().ToString("N"));
    private PostgresServer _postgres = null!;
    private string _database = "";
    private AppServer _server = null!;

    public override async Task InitializeAsync()
    {
        _postgres = await PostgresServer.SharedAsync();
        _database = await _postgres.CreateDatabaseAsync("e2e");
        _server = new AppServer(new Dictionary<string, string>
        {
            ["Jusoteki__Database"] = "PostgreSQL",
            ["ConnectionStrings__Jusoteki"] = _database,
            ["Jusoteki__AuditKeyFolder"] = _keyFolder,
        });
        await _server.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DisposeAsync();
        await _postgres.DropDatabaseAsync(_database);
        if (Directory.Exists(_keyFolder)) Directory.Delete(_keyFolder, recursive: true);
    }

    [Fact]
    public async Task On_postgresql_the_chair_signs_in_to_the_seeded_board_and_an_edit_survives_a_restart()
    {
        await DemoMeeting.OpenAsync(_server);
        var chair = new BoardPage(await OpenAsAsync(_server, "gicho", DemoMeeting.Url(_server)));
        await chair.WaitUntilLiveAsync();
        await Expect(chair.Page.GetByText(DemoMeeting.Title).First).ToBeVisibleAsync();
        await chair.PledgeAsync();
        const string policy = "PostgreSQL でも残る支援方針：母の介護サービス利用を入口に関係づくり";

        await chair.EditSupportPolicyAsync("ケースA-01", policy);
        await Expect(chair.SupportPolicy("ケースA-01")).ToHaveTextAsync(policy);

        await _server.RestartAsync();
        await chair.OpenAsync(DemoMeeting.Url(_server));

        await Expect(chair.SupportPolicy("ケースA-01")).ToHaveTextAsync(policy);
        Assert.True(File.Exists(Path.Combine(_keyFolder, "audit-chain.anchor")), "The audit anchor lives in Jusoteki:AuditKeyFolder.");
    }
}
