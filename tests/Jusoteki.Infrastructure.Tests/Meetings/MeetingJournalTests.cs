using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Tests.Meetings;

/// <summary>Run on both providers: <see cref="MeetingJournalTestsOnSqlite"/> and <see cref="MeetingJournalTestsOnPostgreSql"/>.</summary>
public abstract class MeetingJournalTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid Case = Guid.NewGuid();
    private static readonly Actor Editor = new("shakyo", "社協 鈴木");
    private static readonly DateTimeOffset At = new(2026, 12, 10, 14, 30, 0, TimeSpan.FromHours(9));

    private readonly TestDatabase _db = new(provider);
    private MeetingRepository _repository = null!;
    private MeetingJournal _journal = null!;
    private Guid _meetingId;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var audit = _db.AuditLog();
        _repository = new MeetingRepository(_db.Contexts, audit);
        _journal = new MeetingJournal(_db.Contexts);
        var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingKind.MultiLayeredSupportMeeting, "支援会議", At, "会議室", Editor, At);
        var supportCase = SupportCase.Open(Case, "ケースA-01", "氏名", "50代", "男性", [], [], [], Editor, At);
        var agency = Guid.NewGuid();
        supportCase.GrantConsent(new DateOnly(2026, 12, 1), ConsentMethod.Written, [agency], Editor, At);
        await new Jusoteki.Infrastructure.Cases.SupportCaseRepository(_db.Contexts, audit).AddAsync(supportCase);
        meeting.AddToAgenda(supportCase, Editor, At);
        meeting.AddParticipant(Guid.NewGuid(), Editor.DisplayName, Editor.Id, agency, MeetingRole.Chair, [], null, Editor, At);
        meeting.Open(Editor, At);
        _meetingId = meeting.Id;
        await _repository.AddAsync(meeting);
        // Entries 1–4: scheduled, agenda, participant, opened; 5–8: the 支援方針 第1版–第4版.
        for (var version = 0; version < 4; version++)
        {
            var v = version;
            await _repository.EditAsync(_meetingId, Case, (m, c) => m.EditSupportPolicy(c, $"方針 第{v + 1}版", v, Editor, At));
        }
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Reading_after_a_sequence_returns_exactly_the_later_entries_in_order()
    {
        var entries = await _journal.ReadAfterAsync(_meetingId, 5);

        Assert.Equal([6L, 7L, 8L], entries.Select(e => e.Sequence));
        Assert.Equal("方針 第2版", ((SupportPolicyEdited)entries[0].Event).Text);
    }

    [Fact]
    public async Task Reading_a_page_returns_at_most_its_size_and_the_next_page_goes_on_without_a_gap()
    {
        var first = await _journal.ReadPageAfterAsync(_meetingId, 0, 3);
        var second = await _journal.ReadPageAfterAsync(_meetingId, first[^1].Sequence, 3);
        var last = await _journal.ReadPageAfterAsync(_meetingId, second[^1].Sequence, 3);

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L], first.Concat(second).Concat(last).Select(e => e.Sequence));
        Assert.Equal(2, last.Count);
    }

    [Fact]
    public async Task Reading_after_the_last_sequence_returns_nothing()
    {
        Assert.Empty(await _journal.ReadAfterAsync(_meetingId, 8));
    }

    [Fact]
    public async Task Entries_of_other_meetings_are_not_returned()
    {
        Assert.Empty(await _journal.ReadAfterAsync(Guid.NewGuid(), 0));
    }

    [Fact]
    public async Task Entries_keep_actor_time_and_japanese_text()
    {
        var entry = (await _journal.ReadAfterAsync(_meetingId, 3))[0];

        Assert.Equal(Editor, entry.Actor);
        Assert.Equal(At, entry.OccurredAt);
        await using var db = _db.Contexts.CreateDbContext();
        var payload = await db.Journal.Where(j => j.StreamId == _meetingId && j.Sequence == 5).Select(j => j.Payload).SingleAsync();
        Assert.Contains("方針 第1版", payload);
    }

    [Fact]
    public async Task Changing_a_journal_row_is_refused()
    {
        await using var db = _db.Contexts.CreateDbContext();
        var row = await db.Journal.FirstAsync(j => j.StreamId == _meetingId);
        db.Entry(row).Property(r => r.Payload).CurrentValue = "{}";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_a_journal_row_is_refused()
    {
        await using var db = _db.Contexts.CreateDbContext();
        db.Journal.Remove(await db.Journal.FirstAsync(j => j.StreamId == _meetingId));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(8, await _db.Contexts.CreateDbContext().Journal.CountAsync());
    }

    [Fact]
    public void Every_meeting_event_type_round_trips_through_the_serializer()
    {
        MeetingEvent[] events =
        [
            new MeetingScheduled(MeetingKind.MultiLayeredSupportMeeting, "会議", At, "会議室"), new CaseAddedToAgenda(Case),
            new ParticipantAdded(Guid.NewGuid(), "警察 高橋", "police", Guid.NewGuid(), MeetingRole.Member, [Case], null),
            new AttendanceRecorded(Guid.NewGuid(), Attendance.Remote), new PledgeRecorded(Guid.NewGuid(), PledgeKind.StandingForFiscalYear, 2026),
            new MeetingOpened(), new MeetingClosed(), new FocusChanged(Case), new FocusChanged(null),
            new SupportPolicyEdited(Case, "「引用」や<script>も文字のまま", 3), new WatchingEdited(Case, "見守り", 1),
            new NextReviewDateSet(Case, new DateOnly(2027, 1, 14)), new ResourceGapNoted(Case, "居場所がない"),
            new AgencyNoteEdited(Case, Guid.NewGuid(), "11/18 訪問", 2),
            new RoleAssignedInMeeting(Case, Guid.NewGuid(), Guid.NewGuid(), "月1回の訪問", new DateOnly(2027, 1, 14)),
            new RoleCorrectedInMeeting(Case, Guid.NewGuid(), Guid.NewGuid(), "月2回の訪問", new DateOnly(2027, 1, 21), "頻度を見直し"),
            new RoleWithdrawnInMeeting(Case, Guid.NewGuid(), "本人が辞退"),
            new LeadAgencySetInMeeting(Case, Guid.NewGuid()),
            new PlanDraftedInMeeting(Case, Guid.NewGuid(), 1, [new PlanGoal("父のレスパイト", [Guid.NewGuid()])]),
            new PlanAdoptedInMeeting(Case, Guid.NewGuid(), 1), new CaseContentWithheld(Case),
            new CaseRemovedFromAgenda(Case, Meeting.RemovedWithoutConsentReason),
        ];
        Assert.Equal(typeof(MeetingEvent).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(MeetingEvent))), events.Select(e => e.GetType()).Distinct().Count());
        foreach (var e in events)
        {
            var entry = new JournalEntry(_meetingId, 9, At, Editor, e);
            Assert.Equal(Snapshot.Json(entry), Snapshot.Json(JournalEventSerializer.ToEntry(JournalEventSerializer.ToRecord(entry))));
        }
    }
}
