using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Meetings;
using Microsoft.EntityFrameworkCore;
using Jusoteki.Infrastructure.Persistence;

namespace Jusoteki.Infrastructure.Tests.Cases;

/// <summary>Run on both providers: <see cref="SupportCaseRepositoryTestsOnSqlite"/> and <see cref="SupportCaseRepositoryTestsOnPostgreSql"/>.</summary>
public abstract class SupportCaseRepositoryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Staff = new("houkatsu", "地域包括 佐藤");
    private static readonly DateTimeOffset At = new(2026, 12, 10, 14, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateOnly Today = new(2026, 12, 10);
    private static readonly Agency Houkatsu = new(Guid.NewGuid(), "地域包括支援センター中央", Field.Elderly, OperationForm.Contracted);
    private static readonly Agency Shakyo = new(Guid.NewGuid(), "社会福祉協議会", Field.Community, OperationForm.Contracted);

    private readonly TestDatabase _db = new(provider);
    private SupportCaseRepository _cases = null!;
    private SupportCase _case = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _cases = new SupportCaseRepository(_db.Contexts, _db.AuditLog());
        _case = SupportCase.Open(Guid.NewGuid(), "ケースA-02", "青葉 さくら", "30代", "女性", [Field.Elderly, Field.Children],
            [IssueTag.DoubleCare], [new("青葉 正男", "父", "70代", "認知症"), new("青葉 そら", "長男", "4歳", "")], Staff, At);
        await _cases.AddAsync(_case);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    /// <summary>A case with something in every part: consent history, consultations, roles with notes, plans with goals.</summary>
    private async Task FillAsync()
    {
        var role = Guid.NewGuid();
        await _cases.UpdateAsync(_case.Id, c =>
        {
            c.RecordConsultation(new Consultation(Today, Houkatsu.Id, "父の介護と育児の両立について相談"), Staff, At);
            c.GrantConsent(Today, ConsentMethod.Written, [Houkatsu.Id, Shakyo.Id], Staff, At);
            c.MoveTo(LifecycleStage.Assessment, Staff, At);
            c.MoveTo(LifecycleStage.Meeting, Staff, At);
            c.SetLeadAgency(Houkatsu, Staff, At);
            c.SetFlags(urgent: false, outreach: true, participationSupport: true, Staff, At);
            c.AssignRole(role, Houkatsu, "ショートステイの調整", Today.AddDays(14), Today, Guid.NewGuid(), Staff, At);
            c.ChangeRoleStatus(role, RoleStatus.InProgress, Staff, At);
            c.AddProgressNote(role, "事業所に空きを確認中", Staff, At);
            c.DraftPlan(Guid.NewGuid(), [new PlanGoal("父のレスパイト", [Houkatsu.Id]), new PlanGoal("ピアグループ", [Shakyo.Id, Houkatsu.Id])], Staff, At);
        });
    }

    [Fact]
    public async Task A_case_with_every_part_filled_reloads_with_the_same_state()
    {
        await FillAsync();
        var expected = await ReplayedAsync();

        var reloaded = await _cases.FindAsync(_case.Id);

        Assert.Equal(Snapshot.Of(expected), Snapshot.Of(reloaded!));
        Assert.Equal("事業所に空きを確認中", reloaded!.Roles[0].Notes[0].Text);
        Assert.Equal([Shakyo.Id, Houkatsu.Id], reloaded.Plans[0].Goals[1].AgencyIds);
        Assert.Equal([Houkatsu.Id, Shakyo.Id], reloaded.ConsentScope);
    }

    [Fact]
    public async Task One_json_column_of_every_case_is_read_alone_as_the_long_lists_read_it()
    {
        await FillAsync();
        await using var db = await _db.Contexts.CreateDbContextAsync();

        // 「担当の役割」 reads every case's roles column, the 代表者会議 every person's and household's names: nothing else of a case.
        var roles = Assert.Single(await db.SupportCases.AsNoTracking().Select(c => new { c.Id, c.Pseudonym, c.Roles }).ToListAsync());
        var names = Assert.Single(await db.SupportCases.AsNoTracking().Select(c => new { c.PersonName, c.Household }).ToListAsync());

        Assert.Equal(("ケースA-02", "ショートステイの調整", "事業所に空きを確認中"), (roles.Pseudonym, Assert.Single(roles.Roles).Description, roles.Roles[0].Notes[0].Text));
        Assert.Equal(["青葉 さくら", "青葉 正男", "青葉 そら"], names.Household.Select(h => h.Name).Prepend(names.PersonName));
    }

    [Fact]
    public async Task The_stored_history_replays_to_the_stored_state_after_consent_is_withdrawn()
    {
        await FillAsync();
        await _cases.UpdateAsync(_case.Id, c => c.WithdrawConsent(Today, Staff, At));

        var stored = await _cases.FindAsync(_case.Id);

        Assert.Equal(Snapshot.Of(await ReplayedAsync()), Snapshot.Of(stored!));
        Assert.All(stored!.Plans, p => Assert.Equal(PlanStatus.Frozen, p.Status));
    }

    [Fact]
    public async Task A_refused_change_writes_nothing()
    {
        var before = Snapshot.Of((await _cases.FindAsync(_case.Id))!);

        await Assert.ThrowsAsync<DomainException>(() => _cases.UpdateAsync(_case.Id, c =>
        {
            c.GrantConsent(Today, ConsentMethod.Oral, [Houkatsu.Id], Staff, At);
            c.WithdrawConsent(Today, Staff, At);
            c.WithdrawConsent(Today, Staff, At);
        }));

        Assert.Equal(before, Snapshot.Of((await _cases.FindAsync(_case.Id))!));
        Assert.Single(await _cases.ReadHistoryAsync(_case.Id));
    }

    [Fact]
    public async Task A_writer_that_started_from_an_older_state_is_refused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _cases.UpdateAsync(_case.Id, outer =>
        {
            _cases.UpdateAsync(_case.Id, inner => inner.RefuseConsent(Today, Staff, At)).GetAwaiter().GetResult();
            outer.GrantConsent(Today, ConsentMethod.Oral, [Houkatsu.Id], Staff, At);
        }));

        Assert.Equal("case.concurrent-update", error.Code);
        Assert.Equal(ConsentState.Refused, (await _cases.FindAsync(_case.Id))!.Consent);
    }

    [Fact]
    public async Task Adopting_a_plan_in_a_meeting_saves_the_case_and_leaves_the_meeting_as_it_was()
    {
        await FillAsync();
        var meetings = new MeetingRepository(_db.Contexts, _db.AuditLog());
        var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.MultiLayeredSupportMeeting, "重層的支援会議", At, "会議室", Staff, At);
        meeting.AddToAgenda((await _cases.FindAsync(_case.Id))!, Staff, At);
        meeting.AddParticipant(Guid.NewGuid(), Staff.DisplayName, Staff.Id, Houkatsu.Id, MeetingRole.Chair, [], null, Staff, At);
        meeting.Open(Staff, At);
        await meetings.AddAsync(meeting);
        var planId = (await _cases.FindAsync(_case.Id))!.Plans[0].Id;

        var (journal, history) = await meetings.UpdateWithCasesAsync(meeting.Id, _ => [_case.Id], (m, cases) => cases[_case.Id].AdoptPlan(planId, m, Staff, At));

        Assert.Empty(journal);
        Assert.IsType<PlanAdopted>(Assert.Single(history).Event);
        Assert.Equal(PlanStatus.Adopted, (await _cases.FindAsync(_case.Id))!.Plans[0].Status);
    }

    [Fact]
    public async Task Case_history_rows_are_append_only()
    {
        await using var db = _db.Contexts.CreateDbContext();
        db.CaseHistory.Remove(await db.CaseHistory.FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private async Task<SupportCase> ReplayedAsync() => SupportCase.Replay(await _cases.ReadHistoryAsync(_case.Id));
}
