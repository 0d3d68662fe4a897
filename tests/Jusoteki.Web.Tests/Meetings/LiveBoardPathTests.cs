using Jusoteki.Domain.Access;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Feed;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store;
using Jusoteki.Web.Store.Board;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Meetings;

/// <summary>
/// The whole path of one edit without a browser: circuit A's store → effect → MeetingCommands → domain → journal in
/// SQLite → feed → circuit B's store → reducer.
/// </summary>
public sealed class LiveBoardPathTests : IAsyncLifetime
{
    private static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;
    private static readonly Guid Case1 = MidoriCityDemo.CaseId("A-01");
    private static readonly Guid Case2 = MidoriCityDemo.CaseId("A-02");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TestApp _app = new();

    private long _seeded;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _seeded = (await Journal(0)).Count;
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_edit_saved_by_one_circuit_reaches_the_board_of_another()
    {
        await using var a = _app.OpenCircuit();
        await using var b = _app.OpenCircuit("shakyo");
        await OpenBoardAsync(a);
        await OpenBoardAsync(b);

        Dispatch(a, new SaveSupportPolicy(MeetingId, Case1, "見守りを継続", 0));

        await WaitUntil(b, s => s.Board!.Cards.Single(c => c.CaseId == Case1).SupportPolicy == "見守りを継続");
        var card = State(b).Board!.Cards.Single(c => c.CaseId == Case1);
        Assert.Equal((1, "地域包括 佐藤"), (card.SupportPolicyVersion, card.SupportPolicyEditedBy));
        Assert.Equal(_seeded + 1, State(b).Board!.LastSequence);
    }

    [Fact]
    public async Task A_refused_edit_shows_its_reason_and_nothing_is_written_or_published()
    {
        await using var a = _app.OpenCircuit();
        await OpenBoardAsync(a);
        var published = new List<JournalEntry>();
        using var _ = _app.Services.GetRequiredService<IMeetingFeed>().Subscribe(MeetingId, published.AddRange);
        Dispatch(a, new EditSupportPolicyStarted(Case1));

        Dispatch(a, new SaveSupportPolicy(MeetingId, Case1, new string('長', Meeting.SupportPolicyMaxLength + 1), 0));

        await WaitUntil(a, s => s.Editors[Case1].Error is not null);
        Assert.Equal("支援方針は4,000文字以内で入力してください。", State(a).Editors[Case1].Error);
        Assert.Empty(published);
        Assert.Empty(await Journal(_seeded));
    }

    [Fact]
    public async Task Two_circuits_saving_the_same_field_from_the_same_version_keep_the_first_and_refuse_the_second()
    {
        await using var a = _app.OpenCircuit();
        await using var b = _app.OpenCircuit("shakyo");
        await OpenBoardAsync(a);
        await OpenBoardAsync(b);
        Dispatch(a, new EditSupportPolicyStarted(Case2));
        Dispatch(b, new EditSupportPolicyStarted(Case2));

        Dispatch(a, new SaveSupportPolicy(MeetingId, Case2, "地域包括の案", 0));
        await WaitUntil(a, s => s.Editors.IsEmpty);
        Dispatch(b, new SaveSupportPolicy(MeetingId, Case2, "社協の案", 0));

        await WaitUntil(b, s => s.Editors[Case2].Error is not null);
        Assert.Equal("社協の案", State(b).Editors[Case2].Draft);
        Assert.Equal("地域包括の案", State(b).Board!.Cards.Single(c => c.CaseId == Case2).SupportPolicy);
        Assert.Single(await Journal(_seeded));
    }

    [Fact]
    public async Task A_circuit_that_missed_entries_catches_up_from_the_journal_without_gaps_or_duplicates()
    {
        await using var b = _app.OpenCircuit();
        await OpenBoardAsync(b);
        var commands = _app.Services.GetRequiredService<MeetingCommands>();
        var actor = TestApp.Caller("shakyo", AppRoles.AgencyStaff);
        // B stops listening (as while a laptop sleeps) while two edits are made.
        b.ServiceProvider.GetRequiredService<BoardFeedSubscription>().Dispose();
        await commands.EditSupportPolicyAsync(MeetingId, Case1, "一", 0, actor);
        await commands.EditSupportPolicyAsync(MeetingId, Case2, "二", 0, actor);
        b.ServiceProvider.GetRequiredService<BoardFeedSubscription>().Follow(MeetingId, b.ServiceProvider.GetRequiredService<IDispatcher>());

        await commands.EditSupportPolicyAsync(MeetingId, Case1, "三", 1, actor);

        await WaitUntil(b, s => s.Board!.LastSequence == _seeded + 3);
        var cards = State(b).Board!.Cards;
        Assert.Equal(("三", 2), (cards.Single(c => c.CaseId == Case1).SupportPolicy, cards.Single(c => c.CaseId == Case1).SupportPolicyVersion));
        Assert.Equal("二", cards.Single(c => c.CaseId == Case2).SupportPolicy);
    }

    [Fact]
    public async Task An_agency_member_not_invited_to_the_meeting_is_refused_with_a_japanese_reason()
    {
        await using var police = _app.OpenCircuit("police");

        Dispatch(police, new LoadBoard(MidoriCityDemo.NovemberSupportMeetingId));

        await WaitUntil(police, s => s.Status == BoardLoadStatus.Failed);
        Assert.Equal("この会議に招かれていないため、開くことができません。", State(police).Error);
    }

    [Fact]
    public async Task An_unknown_meeting_is_reported_as_not_found()
    {
        await using var a = _app.OpenCircuit();

        Dispatch(a, new LoadBoard(Guid.NewGuid()));

        await WaitUntil(a, s => s.Status == BoardLoadStatus.NotFound);
    }

    private Task<IReadOnlyList<JournalEntry>> Journal(long after) =>
        _app.Services.GetRequiredService<Jusoteki.Infrastructure.Meetings.MeetingJournal>().ReadAfterAsync(MeetingId, after);

    private static async Task OpenBoardAsync(AsyncServiceScope circuit)
    {
        Dispatch(circuit, new LoadBoard(MeetingId));
        await WaitUntil(circuit, s => s.Status == BoardLoadStatus.Loaded);
    }

    private static void Dispatch(AsyncServiceScope circuit, object action) =>
        circuit.ServiceProvider.GetRequiredService<IDispatcher>().Dispatch(action);

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
