using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Meetings;
using Jusoteki.Web.Store;
using Jusoteki.Web.Store.Board;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Meetings;

/// <summary>
/// 役割の訂正・取り下げ through the whole path: the chair's circuit → commands → domain → journal and case history in SQLite
/// → another participant's board; and every refusal in Japanese with nothing written.
/// </summary>
public sealed class RoleCorrectionPathTests : IAsyncLifetime
{
    private static readonly Guid MeetingId = MidoriCityDemo.DecemberSupportMeetingId;
    private static readonly Guid Case1 = MidoriCityDemo.CaseId("A-01");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateOnly Due = new(2027, 1, 14);

    private readonly TestApp _app = new();
    private Guid _roleId;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        var session = _app.Services.GetRequiredService<MeetingSessionCommands>();
        foreach (var (user, role) in new[] { ("gicho", AppRoles.Chair), ("houkatsu", AppRoles.AgencyStaff) })
            await session.RecordPledgeAsync(MeetingId, MidoriCityDemo.ParticipantId(MeetingId, user), PledgeKind.ThisMeeting, TestApp.Caller(user, role));
        await session.OpenAsync(MeetingId, Chair);
        var assigned = await Commands.AssignRoleAsync(MeetingId, Case1, MidoriCityDemo.AgencyId("houkatsu-chuo"), "母への月1回の訪問", Due, Houkatsu);
        _roleId = ((RoleAssignedInMeeting)assigned.Single().Event).RoleId;
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private static Caller Chair => TestApp.Caller("gicho", AppRoles.Chair);
    private static Caller Houkatsu => TestApp.Caller("houkatsu", AppRoles.AgencyStaff);
    private MeetingCommands Commands => _app.Services.GetRequiredService<MeetingCommands>();

    [Fact]
    public async Task A_correction_by_the_chair_reaches_another_board_and_the_case_history_with_its_reason()
    {
        await using var chair = _app.OpenCircuit("gicho", AppRoles.Chair);
        await using var member = _app.OpenCircuit();
        await OpenBoardAsync(chair);
        await OpenBoardAsync(member);

        Dispatch(chair, new RunBoardCommand("fix", (s, caller) => s.Commands.CorrectRoleAsync(MeetingId, Case1, _roleId, MidoriCityDemo.AgencyId("houkatsu-chuo"),
            "母への週1回の訪問", Due.AddDays(7), "頻度の聞き違い", caller)));

        await WaitUntil(member, s => s.Board!.Card(Case1)!.Roles.Single(r => r.RoleId == _roleId).Description == "母への週1回の訪問");
        var role = State(member).Board!.Card(Case1)!.Roles.Single(r => r.RoleId == _roleId);
        Assert.Equal((Due.AddDays(7), "社会福祉課長 山田", "地域包括 佐藤"), (role.DueDate, role.CorrectedBy, role.ProposedBy));
        var history = await _app.Services.GetRequiredService<SupportCaseRepository>().ReadHistoryAsync(Case1);
        Assert.Equal("頻度の聞き違い", Assert.IsType<RoleCorrected>(history[^1].Event).Reason);
    }

    [Fact]
    public async Task A_withdrawal_stays_on_the_board_struck_with_its_reason_and_in_the_case_timeline()
    {
        await using var member = _app.OpenCircuit();
        await OpenBoardAsync(member);

        await Commands.WithdrawRoleAsync(MeetingId, Case1, _roleId, "本人が入院したため", Chair);

        await WaitUntil(member, s => s.Board!.Card(Case1)!.Roles.Single(r => r.RoleId == _roleId).Withdrawn);
        Assert.Equal("本人が入院したため", State(member).Board!.Card(Case1)!.Roles.Single(r => r.RoleId == _roleId).WithdrawalReason);
        var cases = _app.Services.GetRequiredService<SupportCaseRepository>();
        var supportCase = (await cases.FindAsync(Case1))!;
        Assert.True(supportCase.Roles.Single(r => r.Id == _roleId).IsWithdrawn);
        var timeline = CaseTimeline.Of(await cases.ReadHistoryAsync(Case1), supportCase, _ => "地域包括支援センター中央", _ => "令和8年12月 支援会議").ToList();
        Assert.Equal("地域包括支援センター中央「母への月1回の訪問」を取り下げ。理由：本人が入院したため・令和8年12月 支援会議", timeline.Single(t => t.Kind == "役割の取り下げ").Text);
    }

    [Theory]
    [InlineData("", "役割を取り下げる理由を入力してください。")]
    [InlineData("   ", "役割を取り下げる理由を入力してください。")]
    public async Task Withdrawing_without_a_reason_is_refused_in_japanese_and_nothing_is_written(string reason, string message)
    {
        var before = await JournalLength();

        var error = await Assert.ThrowsAsync<DomainException>(() => Commands.WithdrawRoleAsync(MeetingId, Case1, _roleId, reason, Chair));

        Assert.Equal(message, error.Message);
        Assert.Equal(before, await JournalLength());
    }

    [Fact]
    public async Task A_member_may_not_correct_a_role_and_is_told_who_may()
    {
        var before = await JournalLength();
        await using var member = _app.OpenCircuit();
        await OpenBoardAsync(member);

        Dispatch(member, new RunBoardCommand("fix", (s, caller) => s.Commands.CorrectRoleAsync(MeetingId, Case1, _roleId, MidoriCityDemo.AgencyId("houkatsu-chuo"),
            "母への週1回の訪問", Due, null, caller)));

        await WaitUntil(member, s => s.ErrorOf("fix") is not null);
        Assert.Equal("役割の訂正・取り下げは、会議の議長か事務局だけが行えます。", State(member).ErrorOf("fix"));
        Assert.Equal(before, await JournalLength());
    }

    private async Task<int> JournalLength() =>
        (await _app.Services.GetRequiredService<Jusoteki.Infrastructure.Meetings.MeetingJournal>().ReadAfterAsync(MeetingId, 0)).Count;

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
