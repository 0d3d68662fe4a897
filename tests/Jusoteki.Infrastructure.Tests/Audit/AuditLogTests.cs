using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Meetings;
using Microsoft.EntityFrameworkCore;
using Jusoteki.Infrastructure.Persistence;

namespace Jusoteki.Infrastructure.Tests.Audit;

/// <summary>Run on both providers: <see cref="AuditLogTestsOnSqlite"/> and <see cref="AuditLogTestsOnPostgreSql"/>.</summary>
public abstract class AuditLogTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Staff = new("houkatsu", "地域包括 佐藤");
    private static readonly DateTimeOffset At = new(2026, 12, 10, 14, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateOnly Today = new(2026, 12, 10);
    private static readonly Agency Houkatsu = new(Guid.NewGuid(), "地域包括支援センター中央", Field.Elderly, OperationForm.Contracted);

    private readonly TestDatabase _db = new(provider);
    private AuditLog _log = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _log = _db.AuditLog();
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    private static AuditRecord Record(string detail, Guid? caseId = null) =>
        new(At, "case.personal-information-shown", "houkatsu", "地域包括 佐藤", Guid.NewGuid(), caseId, detail);

    [Fact]
    public async Task Records_are_stored_in_order_and_read_back_by_case()
    {
        var caseId = Guid.NewGuid();
        var first = Record("一", caseId);
        var second = Record("二", caseId) with { ActorId = "police", ActorName = "警察 高橋" };

        await _log.AppendAsync([first, second]);
        await _log.AppendAsync([Record("他", Guid.NewGuid())]);

        Assert.Equal([first, second], await _log.ReadForCaseAsync(caseId));
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        await _log.AppendAsync([Record("一"), Record("二")]);
        await _log.AppendAsync([Record("三")]);

        Assert.Equal(new AuditVerification(true, 3, null), await _log.VerifyAsync());
    }

    [Fact]
    public async Task The_first_record_of_a_new_day_is_preceded_by_an_anchor_naming_the_count_and_head_before_it()
    {
        await _log.AppendAsync([Record("一"), Record("二")]);
        await _log.AppendAsync([Record("三") with { At = At.AddDays(1) }]);
        // One batch across midnight gets its anchor between the two days too.
        await _log.AppendAsync([Record("四") with { At = At.AddDays(1).AddHours(1) }, Record("五") with { At = At.AddDays(2) }]);

        await using var db = _db.Contexts.CreateDbContext();
        var rows = await db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["一", "二", AuditLog.DayAnchorDetail(2, rows[1].Hash), "三", "四", AuditLog.DayAnchorDetail(5, rows[4].Hash), "五"],
            rows.Select(r => r.Detail));
        Assert.Equal((AuditLog.DayAnchorAction, At.AddDays(1)), (rows[2].Action, rows[2].At));
        Assert.Equal(new AuditVerification(true, 7, null), await _log.VerifyAsync());
    }

    [Fact]
    public async Task A_day_anchor_that_disagrees_with_the_chain_before_it_is_detected()
    {
        await _log.AppendAsync([Record("一")]);
        await _log.AppendAsync([Record("二") with { At = At.AddDays(1) }]);
        await using var db = _db.Contexts.CreateDbContext();

        await db.Database.ExecuteSqlRawAsync(@"UPDATE ""AuditLog"" SET ""Detail"" = {0} WHERE ""Sequence"" = 2", AuditLog.DayAnchorDetail(5, AuditLog.Genesis));

        Assert.Equal(new AuditVerification(false, 1, 2, AuditBreak.Altered), await _log.VerifyAsync());
    }

    [Fact]
    public async Task Altering_a_stored_record_breaks_the_chain_at_that_record()
    {
        await _log.AppendAsync([Record("一"), Record("二"), Record("三")]);
        await using var db = _db.Contexts.CreateDbContext();

        // Straight SQL, as someone with the database file in hand would do it: the app itself has no update path.
        await db.Database.ExecuteSqlRawAsync(@"UPDATE ""AuditLog"" SET ""Detail"" = '改ざん' WHERE ""Sequence"" = 2");

        Assert.Equal(new AuditVerification(false, 1, 2, AuditBreak.Altered), await _log.VerifyAsync());
    }

    [Fact]
    public async Task An_untouched_chain_still_verifies_after_a_restart()
    {
        await _log.AppendAsync([Record("一"), Record("二")]);

        var restarted = _db.AuditLog();
        await restarted.AppendAsync([Record("三")]);

        Assert.Equal(new AuditVerification(true, 3, null), await restarted.VerifyAsync());
    }

    [Fact]
    public async Task Deleting_the_tail_is_detected()
    {
        await _log.AppendAsync([Record("一"), Record("二"), Record("三")]);
        await using var db = _db.Contexts.CreateDbContext();

        await db.Database.ExecuteSqlRawAsync(@"DELETE FROM ""AuditLog"" WHERE ""Sequence"" > 1");

        Assert.Equal(new AuditVerification(false, 1, 2, AuditBreak.Truncated), await _db.AuditLog().VerifyAsync());
    }

    [Fact]
    public async Task A_cut_tail_stays_visible_after_new_records_are_appended()
    {
        await _log.AppendAsync([Record("一"), Record("二"), Record("三")]);
        await using var db = _db.Contexts.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(@"DELETE FROM ""AuditLog"" WHERE ""Sequence"" > 1");

        await _log.AppendAsync([Record("四"), Record("五"), Record("六")]);

        Assert.False((await _log.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Rewriting_a_record_and_recomputing_every_hash_with_plain_sha256_is_detected()
    {
        await _log.AppendAsync([Record("一"), Record("二"), Record("三")]);

        await RewriteWithPlainSha256Async(2, "改ざん");

        var verification = await _log.VerifyAsync();
        Assert.False(verification.Intact);
        Assert.Equal(AuditBreak.Altered, verification.Break);
    }

    [Fact]
    public async Task A_missing_anchor_is_detected_and_not_silently_replaced()
    {
        await _log.AppendAsync([Record("一"), Record("二")]);

        File.Delete(Path.Combine(_db.KeyFolder, AuditChainKey.AnchorFileName));
        await _db.AuditLog().AppendAsync([Record("三")]);

        Assert.Equal(AuditBreak.AnchorMissing, (await _db.AuditLog().VerifyAsync()).Break);
    }

    [Fact]
    public async Task Rows_written_before_the_chain_was_keyed_keep_verifying_and_are_sealed()
    {
        await InsertLegacyRowsAsync("一", "二", "三");

        var upgraded = _db.AuditLog();
        await upgraded.AppendAsync([Record("四")]);
        Assert.Equal(new AuditVerification(true, 4, null), await upgraded.VerifyAsync());

        await RewriteWithPlainSha256Async(2, "改ざん");
        Assert.False((await upgraded.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Legacy_rows_added_after_the_chain_was_keyed_are_detected()
    {
        await _log.AppendAsync([Record("一")]);

        await InsertLegacyRowsAsync("二");

        Assert.False((await _log.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task The_key_lives_outside_the_database_readable_by_its_owner_only()
    {
        await _log.AppendAsync([Record("一")]);

        var keyFile = Path.Combine(_db.KeyFolder, AuditChainKey.KeyFileName);
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Empty(Directory.GetFiles(_db.KeyFolder, "*.tmp"));
    }

    // What someone with the database file (and not the key folder) can do: rewrite rows and recompute the whole chain.
    private async Task RewriteWithPlainSha256Async(long sequence, string detail)
    {
        await using var db = _db.Contexts.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(@"UPDATE ""AuditLog"" SET ""Detail"" = {0} WHERE ""Sequence"" = {1}", detail, sequence);
        var rows = await db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
        var previous = AuditLog.Genesis;
        foreach (var row in rows)
        {
            var hash = AuditLog.LegacyHashOf(row.Sequence, new AuditRecord(row.At, row.Action, row.ActorId, row.ActorName, row.MeetingId, row.CaseId, row.Detail), previous);
            await db.Database.ExecuteSqlRawAsync(@"UPDATE ""AuditLog"" SET ""PreviousHash"" = {0}, ""Hash"" = {1} WHERE ""Sequence"" = {2}", previous, hash, row.Sequence);
            previous = hash;
        }
    }

    // Rows as the app wrote them before the chain was keyed.
    private async Task InsertLegacyRowsAsync(params string[] details)
    {
        await using var db = _db.Contexts.CreateDbContext();
        var last = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync();
        var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? AuditLog.Genesis);
        foreach (var detail in details)
        {
            var record = Record(detail);
            var hash = AuditLog.LegacyHashOf(++sequence, record, previous);
            db.AuditLog.Add(new Persistence.AuditRecordRow
            {
                Sequence = sequence, At = record.At, Action = record.Action, ActorId = record.ActorId, ActorName = record.ActorName,
                MeetingId = record.MeetingId, CaseId = record.CaseId, Detail = record.Detail, PreviousHash = previous, Hash = hash,
            });
            previous = hash;
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Removing_a_stored_record_breaks_the_chain()
    {
        await _log.AppendAsync([Record("一"), Record("二"), Record("三")]);
        await using var db = _db.Contexts.CreateDbContext();

        await db.Database.ExecuteSqlRawAsync(@"DELETE FROM ""AuditLog"" WHERE ""Sequence"" = 2");

        Assert.False((await _log.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task An_audit_record_cannot_be_changed_through_the_app()
    {
        await _log.AppendAsync([Record("一")]);
        await using var db = _db.Contexts.CreateDbContext();
        var row = await db.AuditLog.FirstAsync();
        db.Entry(row).Property(r => r.Detail).CurrentValue = "改ざん";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Concurrent_appends_keep_one_unbroken_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => _log.AppendAsync([Record($"{i}")]))));

        Assert.Equal(new AuditVerification(true, 20, null), await _log.VerifyAsync());
    }

    [Fact]
    public async Task Two_processes_appending_at_once_keep_one_unbroken_chain_and_lose_no_record()
    {
        // Two logs with their own key objects and gates, as two app processes on one database and one key folder.
        var (first, second) = (_db.AuditLog(), _db.AuditLog());
        async Task Write(AuditLog log, string writer)
        {
            for (var batch = 0; batch < 20; batch++)
                await log.AppendAsync([.. Enumerable.Range(0, 5).Select(i => Record($"{writer}-{batch}-{i}"))]);
        }

        await Task.WhenAll(Task.Run(() => Write(first, "a")), Task.Run(() => Write(second, "b")));

        Assert.Equal(new AuditVerification(true, 200, null), await _db.AuditLog().VerifyAsync());
        Assert.Equal(200, (await _log.ReadAsync(new AuditFilter(Limit: 1000))).Select(r => r.Detail).Distinct().Count());
        Assert.Equal(200, AuditChainKey.OpenOrCreate(_db.KeyFolder).ReadAnchor()!.Count);
    }

    [Fact]
    public async Task The_anchor_moves_only_forward_when_a_late_writer_names_an_older_head()
    {
        await _log.AppendAsync([Record("一"), Record("二"), Record("三")]);
        var key = AuditChainKey.OpenOrCreate(_db.KeyFolder);
        var head = key.ReadAnchor()!;

        key.AdvanceAnchor(head with { Count = 1 });

        Assert.Equal(head, key.ReadAnchor());
        Assert.True((await _log.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Each_audited_change_leaves_exactly_one_record_and_a_refused_one_none()
    {
        var cases = new SupportCaseRepository(_db.Contexts, _log);
        var meetings = new MeetingRepository(_db.Contexts, _log);
        var supportCase = SupportCase.Open(Guid.NewGuid(), "ケースA-02", "青葉 さくら", "30代", "女性", [], [IssueTag.DoubleCare], [], Staff, At);
        await cases.AddAsync(supportCase);
        var role = Guid.NewGuid();
        var plan = Guid.NewGuid();

        await Expect("consent.granted", () => cases.UpdateAsync(supportCase.Id, c => c.GrantConsent(Today, ConsentMethod.Written, [Houkatsu.Id], Staff, At)));
        await Expect("role.lead-agency-set", () => cases.UpdateAsync(supportCase.Id, c => c.SetLeadAgency(Houkatsu, Staff, At)));
        await Expect("role.assigned", () => cases.UpdateAsync(supportCase.Id, c => c.AssignRole(role, Houkatsu, "訪問", Today, Today, null, Staff, At)));
        await Expect("role.status-changed", () => cases.UpdateAsync(supportCase.Id, c => c.ChangeRoleStatus(role, RoleStatus.InProgress, Staff, At)));
        await cases.UpdateAsync(supportCase.Id, c => c.DraftPlan(plan, [new PlanGoal("目標", [Houkatsu.Id])], Staff, At));

        var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.MultiLayeredSupportMeeting, "重層的支援会議", At, "会議室", Staff, At);
        meeting.AddToAgenda((await cases.FindAsync(supportCase.Id))!, Staff, At);
        meeting.AddParticipant(Guid.NewGuid(), Staff.DisplayName, Staff.Id, Houkatsu.Id, MeetingRole.Chair, [], null, Staff, At);
        meeting.Open(Staff, At);
        await meetings.AddAsync(meeting);
        await Expect("plan.adopted", () => meetings.UpdateWithCasesAsync(meeting.Id, _ => [supportCase.Id], (m, c) => c[supportCase.Id].AdoptPlan(plan, m, Staff, At)));
        await Expect("consent.withdrawn", () => cases.UpdateAsync(supportCase.Id, c => c.WithdrawConsent(Today, Staff, At)));
        await Expect("consent.refused", () => cases.UpdateAsync(supportCase.Id, c => c.RefuseConsent(Today, Staff, At)), expected: 0,
            refused: true);

        var support = Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, "支援会議", At, "会議室", Staff, At);
        await meetings.AddAsync(support);
        var participant = Guid.NewGuid();
        await Expect("meeting.participant-added", () => meetings.UpdateAsync(support.Id, m =>
            m.AddParticipant(participant, "地域包括 佐藤", "houkatsu", Houkatsu.Id, MeetingRole.Member, [], null, Staff, At)));
        await Expect("pledge.recorded", () => meetings.UpdateAsync(support.Id, m => m.RecordPledge(participant, PledgeKind.ThisMeeting, new Actor("houkatsu", "地域包括 佐藤"), At)));

        Assert.True((await _log.VerifyAsync()).Intact);
    }

    private async Task Expect(string action, Func<Task> change, int expected = 1, bool refused = false)
    {
        var before = await CountAsync(action);
        if (refused) await Assert.ThrowsAsync<DomainException>(change);
        else await change();
        Assert.Equal(before + expected, await CountAsync(action));
    }

    private async Task<int> CountAsync(string action) => (await _log.ReadAsync(new AuditFilter(Action: action))).Count(r => r.Action == action);
}
