using Jusoteki.Testing;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store;
using Jusoteki.Web.Store.Board;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>
/// A board on one server and edits saved on another, through the real path (commands → SQLite → feed → the board's store,
/// reducer and catch-up). <see cref="A"/> and <see cref="B"/> are two servers sharing a database (and Redis), or one and the
/// same server with the in-memory feed: the board must behave the same.
/// </summary>
public abstract class TwoServerBoardContract : IAsyncLifetime
{
    protected static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;
    private static readonly Guid Case1 = MidoriCityDemo.CaseId("A-01");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    protected abstract TestApp A { get; }

    protected abstract TestApp B { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Edits_saved_on_one_server_reach_a_board_on_the_other_once_each_and_in_order()
    {
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        await using var board = B.OpenCircuit("shakyo");
        await OpenBoardAsync(board);
        var shown = State(board).Board!.LastSequence;
        var received = new List<long>();
        using var counting = B.Services.GetRequiredService<Jusoteki.Infrastructure.Feed.IMeetingFeed>()
            .Subscribe(MeetingId, entries => { lock (received) received.AddRange(entries.Select(e => e.Sequence)); });
        var commands = A.Services.GetRequiredService<MeetingCommands>();
        var houkatsu = TestApp.Caller("houkatsu", AppRoles.AgencyStaff);

        for (var version = 0; version < 5; version++)
            await commands.EditSupportPolicyAsync(MeetingId, Case1, $"方針 第{version + 1}版", version, houkatsu);

        await WaitUntil(board, s => s.Board!.Card(Case1)!.SupportPolicy.Text == "方針 第5版");
        Assert.Equal((5, shown + 5), (State(board).Board!.Card(Case1)!.SupportPolicy.Version, State(board).Board!.LastSequence));
        lock (received) Assert.Equal(Enumerable.Range(1, 5).Select(i => shown + i), received);
    }

    [Fact]
    public async Task A_board_that_missed_an_entry_reads_it_back_from_the_journal()
    {
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        await using var board = B.OpenCircuit("shakyo");
        await OpenBoardAsync(board);
        var shown = State(board).Board!.LastSequence;

        // Stored on A but never published (a message the feed dropped), then an edit that is published.
        await A.Services.GetRequiredService<MeetingRepository>().UpdateWithCasesAsync(MeetingId, _ => [Case1],
            (m, cases) => m.EditWatching(cases[Case1], "見守り: 民生委員が週1回訪問", 0, new Actor("houkatsu", "地域包括 佐藤"), DateTimeOffset.UtcNow));
        await A.Services.GetRequiredService<MeetingCommands>().EditSupportPolicyAsync(MeetingId, Case1, "見守りを継続", 0, TestApp.Caller("houkatsu", AppRoles.AgencyStaff));

        await WaitUntil(board, s => s.Board!.LastSequence == shown + 2);
        Assert.Equal("見守り: 民生委員が週1回訪問", State(board).Board!.Card(Case1)!.Watching.Text);
        Assert.Equal("見守りを継続", State(board).Board!.Card(Case1)!.SupportPolicy.Text);
    }

    [Fact]
    public async Task Writers_on_both_servers_take_turns_and_every_edit_is_stored()
    {
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        var houkatsu = TestApp.Caller("houkatsu", AppRoles.AgencyStaff);
        var shakyo = TestApp.Caller("shakyo", AppRoles.AgencyStaff);
        var before = (await A.Services.GetRequiredService<MeetingJournal>().ReadAfterAsync(MeetingId, 0)).Count;

        // Gap notes have no version to conflict on: every one must be written, whichever server takes it.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            (i % 2 == 0 ? A : B).Services.GetRequiredService<MeetingCommands>().NoteResourceGapAsync(MeetingId, Case1, $"不足 {i}", i % 2 == 0 ? houkatsu : shakyo))));

        var journal = await B.Services.GetRequiredService<MeetingJournal>().ReadAfterAsync(MeetingId, 0);
        Assert.Equal(before + 12, journal.Count);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
    }

    private async Task PledgeInOpenMeetingAsync(params string[] userIds)
    {
        var session = A.Services.GetRequiredService<MeetingSessionCommands>();
        foreach (var userId in userIds)
            await session.RecordPledgeAsync(MeetingId, MidoriCityDemo.ParticipantId(MeetingId, userId), PledgeKind.ThisMeeting, TestApp.Caller(userId, AppRoles.AgencyStaff));
        await session.OpenAsync(MeetingId, TestApp.Caller("gicho", AppRoles.Chair));
    }

    private static async Task OpenBoardAsync(AsyncServiceScope circuit)
    {
        circuit.ServiceProvider.GetRequiredService<IDispatcher>().Dispatch(new LoadBoard(MeetingId));
        await WaitUntil(circuit, s => s.Status == BoardLoadStatus.Loaded);
    }

    private static BoardState State(AsyncServiceScope circuit) => circuit.ServiceProvider.GetRequiredService<IState<BoardState>>().Value;

    private static async Task WaitUntil(AsyncServiceScope circuit, Func<BoardState, bool> condition)
    {
        var state = circuit.ServiceProvider.GetRequiredService<IState<BoardState>>();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        EventHandler check = (_, _) => { if (Safe(condition, state.Value)) reached.TrySetResult(); };
        state.StateChanged += check;
        try
        {
            check(null, EventArgs.Empty);
            await reached.Task.WaitAsync(Patience);
        }
        finally
        {
            state.StateChanged -= check;
        }
    }

    private static bool Safe(Func<BoardState, bool> condition, BoardState state)
    {
        try { return condition(state); }
        catch (Exception e) when (e is NullReferenceException or KeyNotFoundException or InvalidOperationException) { return false; }
    }
}

/// <summary>One server, in-memory feed: both "servers" are the same app.</summary>
public sealed class OneServerBoardTests : TwoServerBoardContract
{
    private readonly TestApp _app = new();

    protected override TestApp A => _app;

    protected override TestApp B => _app;

    public override Task InitializeAsync() => _app.InitializeAsync();

    public override Task DisposeAsync() => _app.DisposeAsync();
}

/// <summary>Two servers: two apps on one SQLite file and one real redis-server.</summary>
public sealed class RedisTwoServerBoardTests(RedisServerFixture redis) : TwoServerBoardContract, IClassFixture<RedisServerFixture>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jusoteki-web-tests", Guid.NewGuid().ToString("N"));
    private TestApp? _a;
    private TestApp? _b;

    protected override TestApp A => _a!;

    protected override TestApp B => _b!;

    public override async Task InitializeAsync()
    {
        // Each test its own Redis database number would be tidier; a fresh meeting lock and feed per test are enough here.
        _a = new TestApp(redis: redis.Server.Configuration, folder: _folder);
        await _a.InitializeAsync();
        _b = new TestApp(redis: redis.Server.Configuration, folder: _folder);
        await _b.InitializeAsync();
        // Both servers connected before a test races them (a server connects to Redis on first use).
        foreach (var app in new[] { _a, _b })
            await WaitUntilConnectedAsync(app.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>());
    }

    private static async Task WaitUntilConnectedAsync(StackExchange.Redis.IConnectionMultiplexer connection)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!connection.IsConnected && DateTime.UtcNow < deadline) await Task.Delay(20); // polling a condition
        Assert.True(connection.IsConnected, "Redis did not connect within 30 s.");
    }

    public override async Task DisposeAsync()
    {
        if (_b is not null) await _b.DisposeAsync();
        if (_a is not null) await _a.DisposeAsync();
    }
}
