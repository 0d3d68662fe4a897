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
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        await using var a = _app.OpenCircuit();
        await using var b = _app.OpenCircuit("shakyo");
        await OpenBoardAsync(a);
        await OpenBoardAsync(b);

        Dispatch(a, new EditStarted(Policy(Case1)));
        Dispatch(a, new SaveField(MeetingId, Policy(Case1), "見守りを継続", 0));

        await WaitUntil(b, s => s.Board!.Card(Case1)!.SupportPolicy.Text == "見守りを継続");
        var card = State(b).Board!.Card(Case1)!;
        Assert.Equal((1, "地域包括 佐藤"), (card.SupportPolicy.Version, card.SupportPolicy.EditedBy));
        Assert.Equal(_seeded + 4, State(b).Board!.LastSequence); // two pledges, the opening, the edit
    }

    [Fact]
    public async Task A_refused_edit_shows_its_reason_and_nothing_is_written_or_published()
    {
        await PledgeInOpenMeetingAsync("houkatsu");
        await using var a = _app.OpenCircuit();
        await OpenBoardAsync(a);
        var published = new List<JournalEntry>();
        using var _ = _app.Services.GetRequiredService<IMeetingFeed>().Subscribe(MeetingId, published.AddRange);
        Dispatch(a, new EditStarted(Policy(Case1)));

        Dispatch(a, new SaveField(MeetingId, Policy(Case1), new string('長', Meeting.SupportPolicyMaxLength + 1), 0));

        await WaitUntil(a, s => s.Editors[Policy(Case1)].Error is not null);
        Assert.Equal("支援方針は4,000文字以内で入力してください。", State(a).Editors[Policy(Case1)].Error);
        Assert.Empty(published);
        Assert.Equal([typeof(PledgeRecorded), typeof(MeetingOpened)], (await Journal(_seeded)).Select(e => e.Event.GetType()));
    }

    [Fact]
    public async Task A_member_who_has_not_pledged_is_told_why_they_cannot_edit_an_unconsented_case_and_nothing_is_written()
    {
        var commands = _app.Services.GetRequiredService<MeetingCommands>();

        var error = await Assert.ThrowsAsync<Jusoteki.Domain.Common.DomainException>(() =>
            commands.EditSupportPolicyAsync(MeetingId, Case1, "方針", 0, TestApp.Caller("houkatsu", AppRoles.AgencyStaff)));

        Assert.Contains("仮名表示", error.Message);
        Assert.Empty(await Journal(_seeded));
    }

    [Fact]
    public async Task Two_circuits_saving_the_same_field_from_the_same_version_keep_the_first_and_show_the_second_both_texts()
    {
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        await using var a = _app.OpenCircuit();
        await using var b = _app.OpenCircuit("shakyo");
        await OpenBoardAsync(a);
        await OpenBoardAsync(b);
        Dispatch(a, new EditStarted(Policy(Case2)));
        Dispatch(b, new EditStarted(Policy(Case2)));

        Dispatch(a, new SaveField(MeetingId, Policy(Case2), "地域包括の案", 0));
        await WaitUntil(a, s => s.Editors.IsEmpty);
        Dispatch(b, new SaveField(MeetingId, Policy(Case2), "社協の案", 0));

        await WaitUntil(b, s => s.Editors[Policy(Case2)].Conflict && s.Board!.Card(Case2)!.SupportPolicy.Version == 1);
        Assert.Equal("社協の案", State(b).Editors[Policy(Case2)].Draft);
        Assert.Equal("地域包括の案", State(b).Board!.Card(Case2)!.SupportPolicy.Text);
        Assert.Single(await Journal(_seeded), e => e.Event is SupportPolicyEdited);
    }

    [Fact]
    public async Task A_circuit_that_missed_entries_catches_up_from_the_journal_without_gaps_or_duplicates()
    {
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        await using var b = _app.OpenCircuit();
        await OpenBoardAsync(b);
        var commands = _app.Services.GetRequiredService<MeetingCommands>();
        var actor = TestApp.Caller("shakyo", AppRoles.AgencyStaff);
        var connection = b.ServiceProvider.GetRequiredService<BoardConnection>();
        // B stops listening (as while a laptop sleeps) while two edits are made.
        connection.Dispose();
        await commands.EditSupportPolicyAsync(MeetingId, Case1, "一", 0, actor);
        await commands.EditSupportPolicyAsync(MeetingId, Case2, "二", 0, actor);
        connection.Follow(MeetingId, TestApp.Caller("houkatsu", AppRoles.AgencyStaff), b.ServiceProvider.GetRequiredService<IDispatcher>());

        await commands.EditSupportPolicyAsync(MeetingId, Case1, "三", 1, actor);

        await WaitUntil(b, s => s.Board!.LastSequence == _seeded + 6); // two pledges, the opening, three edits
        var cards = State(b).Board!;
        Assert.Equal(("三", 2), (cards.Card(Case1)!.SupportPolicy.Text, cards.Card(Case1)!.SupportPolicy.Version));
        Assert.Equal("二", cards.Card(Case2)!.SupportPolicy.Text);
    }

    [Fact]
    public async Task Text_typed_in_a_circuit_that_is_lost_comes_back_unsaved_in_the_next_one_and_saving_forgets_it()
    {
        await PledgeInOpenMeetingAsync("houkatsu");
        await using (var lost = _app.OpenCircuit())
        {
            await OpenBoardAsync(lost);
            Dispatch(lost, new EditStarted(Policy(Case1)));
            lost.ServiceProvider.GetRequiredService<BoardConnection>().KeepDraft(new Draft(Policy(Case1), "書きかけの方針", 0));
        }

        await using var next = _app.OpenCircuit();
        await OpenBoardAsync(next);
        await WaitUntil(next, s => s.Editors.ContainsKey(Policy(Case1)));
        Assert.Equal(("書きかけの方針", BoardReducers.RestoredDraftMessage), (State(next).Editors[Policy(Case1)].Draft, State(next).Editors[Policy(Case1)].Error));

        Dispatch(next, new SaveField(MeetingId, Policy(Case1), "書きかけの方針", 0));
        await WaitUntil(next, s => s.Editors.IsEmpty);
        Assert.Empty(await _app.Services.GetRequiredService<IDraftKeeper>().KeptAsync("houkatsu", MeetingId));
    }

    [Fact]
    public async Task A_role_assigned_in_one_circuit_appears_on_the_other_board_with_its_proposer()
    {
        await PledgeInOpenMeetingAsync("houkatsu", "shakyo");
        await using var a = _app.OpenCircuit("shakyo");
        await using var b = _app.OpenCircuit();
        await OpenBoardAsync(a);
        await OpenBoardAsync(b);
        var shakyo = MidoriCityDemo.AgencyId("shakyo");

        Dispatch(a, new RunBoardCommand("role", (s, caller) => s.Commands.AssignRoleAsync(MeetingId, Case1, shakyo, "手紙と訪問（2週に1回）", new DateOnly(2027, 1, 14), caller)));

        await WaitUntil(b, s => s.Board!.Card(Case1)!.Roles.Any(r => r.Description == "手紙と訪問（2週に1回）"));
        var role = State(b).Board!.Card(Case1)!.Roles.Single(r => r.Description == "手紙と訪問（2週に1回）");
        Assert.Equal((shakyo, "社協 鈴木"), (role.AgencyId, role.ProposedBy));
        Assert.Null(State(a).ErrorOf("role"));
    }

    [Fact]
    public async Task A_role_status_changed_between_meetings_reaches_an_open_board()
    {
        await PledgeInOpenMeetingAsync("houkatsu");
        await using var board = _app.OpenCircuit();
        await OpenBoardAsync(board);
        var case5 = MidoriCityDemo.CaseId("A-05");
        var role = State(board).Board!.Card(case5)!.Roles.Single(r => r.Description == "月1回の訪問で本人と関係づくり");
        var shougai = new Caller(new Jusoteki.Domain.Common.Actor("shougai", "障がい相談 田中"), new HashSet<string> { AppRoles.AgencyStaff }, MidoriCityDemo.AgencyId("shougai-soudan"));

        await _app.Services.GetRequiredService<Jusoteki.Web.Roles.RoleProgressCommands>().ChangeStatusAsync(case5, role.RoleId, Jusoteki.Domain.Cases.RoleStatus.InProgress, shougai);

        await WaitUntil(board, s => s.Board!.Card(case5)!.Roles.Single(r => r.RoleId == role.RoleId).Status == Jusoteki.Domain.Cases.RoleStatus.InProgress);
    }

    [Fact]
    public async Task An_agency_member_not_invited_to_the_meeting_is_refused_with_a_japanese_reason()
    {
        await using var police = _app.OpenCircuit("police");

        Dispatch(police, new LoadBoard(MidoriCityDemo.NovemberSupportMeetingId));

        await WaitUntil(police, s => s.Status == BoardLoadStatus.Forbidden);
        Assert.Equal("この会議に招かれていないため、開くことができません。", State(police).Error);
    }

    [Fact]
    public async Task An_unknown_meeting_is_reported_as_not_found()
    {
        await using var a = _app.OpenCircuit();

        Dispatch(a, new LoadBoard(Guid.NewGuid()));

        await WaitUntil(a, s => s.Status == BoardLoadStatus.NotFound);
    }

    private static FieldKey Policy(Guid caseId) => new(caseId, BoardField.SupportPolicy);

    /// <summary>The members record their pledge at the opening, as in the meeting room.</summary>
    // The members pledge and the chair opens the meeting: decisions are recorded in session only.
    private async Task PledgeInOpenMeetingAsync(params string[] userIds)
    {
        var session = _app.Services.GetRequiredService<MeetingSessionCommands>();
        foreach (var userId in userIds)
            await session.RecordPledgeAsync(MeetingId, MidoriCityDemo.ParticipantId(MeetingId, userId), PledgeKind.ThisMeeting, TestApp.Caller(userId, AppRoles.AgencyStaff));
        await session.OpenAsync(MeetingId, TestApp.Caller("gicho", AppRoles.Chair));
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
