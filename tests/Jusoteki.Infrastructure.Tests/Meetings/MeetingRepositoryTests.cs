using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Meetings;
using Microsoft.EntityFrameworkCore;
using Jusoteki.Infrastructure.Persistence;

namespace Jusoteki.Infrastructure.Tests.Meetings;

/// <summary>Run on both providers: <see cref="MeetingRepositoryTestsOnSqlite"/> and <see cref="MeetingRepositoryTestsOnPostgreSql"/>.</summary>
public abstract class MeetingRepositoryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid CaseA = Guid.NewGuid();
    private static readonly Guid CaseB = Guid.NewGuid();
    private static readonly Actor Editor = new("houkatsu", "地域包括 佐藤");
    private static readonly DateTimeOffset At = new(2026, 12, 10, 14, 5, 0, TimeSpan.FromHours(9));

    private readonly TestDatabase _db = new(provider);
    private MeetingRepository _repository = null!;
    private Meeting _meeting = null!;
    private long _start;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var audit = _db.AuditLog();
        _repository = new MeetingRepository(_db.Contexts, audit);
        _meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.SupportMeeting, "12月 支援会議", At, "第2会議室", Editor, At);
        foreach (var id in new[] { CaseA, CaseB })
        {
            var supportCase = SupportCase.Open(id, "ケース" + id.ToString()[..4], "氏名", "50代", "男性", [], [], [], Editor, At);
            await new Jusoteki.Infrastructure.Cases.SupportCaseRepository(_db.Contexts, audit).AddAsync(supportCase);
            _meeting.AddToAgenda(supportCase, Editor, At);
        }
        // The editor chairs the meeting and has pledged, so the gate lets them edit both cases.
        var chair = Guid.NewGuid();
        _meeting.AddParticipant(chair, Editor.DisplayName, Editor.Id, Guid.NewGuid(), MeetingRole.Chair, [], null, Editor, At);
        _meeting.RecordPledge(chair, PledgeKind.ThisMeeting, Editor, At);
        await _repository.AddAsync(_meeting);
        _start = _meeting.LastSequence;
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    // Decisions are recorded in session: the tests that edit them open the meeting first.
    private async Task OpenAsync()
    {
        await _repository.UpdateAsync(_meeting.Id, m => m.Open(Editor, At));
        _start = (await _repository.FindAsync(_meeting.Id))!.LastSequence;
    }

    [Fact]
    public async Task A_saved_meeting_reloads_with_the_same_state()
    {
        var loaded = await _repository.FindAsync(_meeting.Id);

        Assert.NotNull(loaded);
        Assert.Equal(("12月 支援会議", "第2会議室", At, MeetingKind.SupportMeeting, MeetingStatus.Preparing),
            (loaded.Title, loaded.Place, loaded.StartsAt, loaded.Kind, loaded.Status));
        Assert.Equal([CaseA, CaseB], loaded.Agenda.OrderBy(a => a.Order).Select(a => a.CaseId));
    }

    [Fact]
    public async Task An_update_stores_the_new_state_and_its_journal_entry_together()
    {
        await OpenAsync();
        var entries = await _repository.EditAsync(_meeting.Id, CaseA, (m, c) => m.EditSupportPolicy(c, "見守りを継続", 0, Editor, At));

        var reloaded = await _repository.FindAsync(_meeting.Id);
        var item = reloaded!.Agenda.Single(a => a.CaseId == CaseA);
        Assert.Equal(("見守りを継続", 1, "地域包括 佐藤"), (item.SupportPolicy, item.SupportPolicyVersion, item.SupportPolicyEditedBy));
        Assert.Equal(_start + 1, reloaded.LastSequence);
        var journal = await new MeetingJournal(_db.Contexts).ReadAfterAsync(_meeting.Id, _start);
        Assert.Equal(entries, journal);
    }

    [Fact]
    public async Task A_refused_update_writes_nothing()
    {
        await Assert.ThrowsAsync<DomainException>(() =>
            _repository.EditAsync(_meeting.Id, CaseA, (m, c) => m.EditSupportPolicy(c, "", 0, Editor, At)));

        await using var db = _db.Contexts.CreateDbContext();
        Assert.Equal(_start, await db.Journal.CountAsync());
        Assert.Equal(_start, (await _repository.FindAsync(_meeting.Id))!.LastSequence);
    }

    [Fact]
    public async Task Updating_an_unknown_meeting_is_refused_as_not_found()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _repository.UpdateAsync(Guid.NewGuid(), m => m.Open(Editor, At)));
        Assert.Equal("meeting.not-found", error.Code);
    }

    [Fact]
    public async Task A_writer_that_started_from_an_older_state_is_refused_and_the_first_write_stays()
    {
        await OpenAsync();
        // The inner update commits while the outer one still holds the meeting as it was before: the outer must not win.
        var error = await Assert.ThrowsAsync<DomainException>(() => _repository.EditAsync(_meeting.Id, CaseA, (outer, a) =>
        {
            _repository.EditAsync(_meeting.Id, CaseB, (inner, b) => inner.EditSupportPolicy(b, "先に保存", 0, Editor, At)).GetAwaiter().GetResult();
            outer.EditSupportPolicy(a, "後から保存", 0, Editor, At);
        }));

        Assert.Equal("meeting.concurrent-update", error.Code);
        var journal = await new MeetingJournal(_db.Contexts).ReadAfterAsync(_meeting.Id, _start);
        Assert.Equal(new SupportPolicyEdited(CaseB, "先に保存", 1), Assert.Single(journal).Event);
        var reloaded = await _repository.FindAsync(_meeting.Id);
        Assert.Equal("", reloaded!.Agenda.Single(a => a.CaseId == CaseA).SupportPolicy);
    }

    [Fact]
    public async Task The_stored_journal_replays_to_the_stored_meeting()
    {
        var shakyo = new Actor("shakyo", "社協 鈴木");
        await _repository.UpdateAsync(_meeting.Id, m => m.AddParticipant(Guid.NewGuid(), shakyo.DisplayName, shakyo.Id, Guid.NewGuid(), MeetingRole.Member, [CaseA], null, Editor, At));
        await _repository.UpdateAsync(_meeting.Id, m => m.RecordPledge(m.ParticipantOf(shakyo.Id)!.Id, PledgeKind.ThisMeeting, shakyo, At));
        await _repository.UpdateAsync(_meeting.Id, m => m.Open(Editor, At));
        await _repository.EditAsync(_meeting.Id, CaseA, (m, c) => m.EditWatching(c, "週1回の声かけ", 0, shakyo, At));
        await _repository.EditAsync(_meeting.Id, CaseA, (m, c) => m.EditAgencyNote(c, m.ParticipantOf(shakyo.Id)!.AgencyId!.Value, "11/30 訪問", 0, shakyo, At));
        await _repository.EditAsync(_meeting.Id, CaseB, (m, c) => m.NoteResourceGap(c, "居場所がない", Editor, At));
        await _repository.EditAsync(_meeting.Id, CaseB, (m, c) => m.SetNextReviewDate(c, new DateOnly(2027, 1, 14), 0, new DateOnly(2026, 12, 10), Editor, At));

        var stored = await _repository.FindAsync(_meeting.Id);
        var replayed = Meeting.Replay(await new MeetingJournal(_db.Contexts).ReadAfterAsync(_meeting.Id, 0));

        Assert.Equal(Snapshot.Of(stored!), Snapshot.Of(replayed));
    }

    [Fact]
    public async Task State_survives_a_new_connection_pool_as_after_a_restart()
    {
        await _repository.UpdateAsync(_meeting.Id, m => m.Open(Editor, At));
        _db.ClearPools();

        var reloaded = await new MeetingRepository(_db.Contexts, _db.AuditLog()).FindAsync(_meeting.Id);

        Assert.Equal(MeetingStatus.Open, reloaded!.Status);
    }
}

/// <summary>A meeting command on one case, as the use-case services run it: the case is loaded with the meeting.</summary>
internal static class MeetingRepositoryTestExtensions
{
    public static async Task<IReadOnlyList<JournalEntry>> EditAsync(this MeetingRepository repository, Guid meetingId, Guid caseId, Action<Meeting, SupportCase> change) =>
        (await repository.UpdateWithCasesAsync(meetingId, _ => [caseId], (m, cases) => change(m, cases[caseId]))).Journal;
}
