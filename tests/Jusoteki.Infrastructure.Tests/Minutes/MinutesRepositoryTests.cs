using Jusoteki.Domain.Common;
using Jusoteki.Domain.Minutes;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Meetings;
using Jusoteki.Infrastructure.Minutes;
using Jusoteki.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Jusoteki.Infrastructure.Persistence;

namespace Jusoteki.Infrastructure.Tests.Minutes;

/// <summary>The minutes of the seeded November 支援会議 (closed), stored as their history in a real SQLite file.</summary>
/// <summary>Run on both providers: <see cref="MinutesRepositoryTestsOnSqlite"/> and <see cref="MinutesRepositoryTestsOnPostgreSql"/>.</summary>
public abstract class MinutesRepositoryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid November = MidoriCityDemo.NovemberSupportMeetingId;
    private static readonly Actor Secretariat = new("jimukyoku", "福祉総務課 伊藤");
    private static readonly Actor Chair = new("gicho", "社会福祉課長 山田");
    private static readonly DateTimeOffset At = new(2026, 11, 13, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly TestDatabase _db = new(provider);
    private MinutesRepository _repository = null!;
    private AuditLog _audit = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        await _db.Initializer().InitializeAsync(seedDemoData: true);
        _audit = _db.AuditLog();
        _repository = new MinutesRepository(_db.Contexts, _audit);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    private async Task<MeetingMinutes> StartAsync()
    {
        var meeting = (await new MeetingRepository(_db.Contexts, _audit).FindAsync(November))!;
        var journal = await new MeetingJournal(_db.Contexts).ReadAfterAsync(November, 0);
        await using var db = _db.Contexts.CreateDbContext();
        var cases = await db.SupportCases.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name);
        var minutes = MeetingMinutes.Start(meeting, MinutesDrafter.Draft(journal, cases, names), Secretariat, At);
        await _repository.SaveAsync(minutes);
        return minutes;
    }

    [Fact]
    public async Task Saved_minutes_reload_with_their_drafted_document_and_approval_is_audited()
    {
        var minutes = await StartAsync();
        var meeting = (await new MeetingRepository(_db.Contexts, _audit).FindAsync(November))!;
        minutes.Approve(1, meeting, Chair, At.AddDays(1));
        await _repository.SaveAsync(minutes);

        var reloaded = (await _repository.FindAsync(November))!;

        Assert.Equal(MinutesStatus.Approved, reloaded.Current.Status);
        Assert.Equal(["ケースA-05", "ケースA-08"], reloaded.Current.Document.Cases.Select(c => c.Pseudonym));
        Assert.Contains(reloaded.Current.Document.Cases[1].Roles, r => r.Description == "長男の就労相談の案内" && r.ProposedBy == "生活サポート 木村");
        Assert.Single(await _audit.ReadAsync(new AuditFilter(Action: "minutes.approved")));
        Assert.Single(await _repository.ListAsync());
    }

    [Fact]
    public async Task A_second_writer_from_the_same_state_is_refused_and_the_first_write_stays()
    {
        await StartAsync();
        var meeting = (await new MeetingRepository(_db.Contexts, _audit).FindAsync(November))!;
        var first = (await _repository.FindAsync(November))!;
        var second = (await _repository.FindAsync(November))!;
        var key = MinutesText.DiscussionKey(first.Current.Document.Cases[0].CaseId);
        await using var db = _db.Contexts.CreateDbContext();
        var cases = await db.SupportCases.AsNoTracking().ToDictionaryAsync(c => c.Id);
        first.EditText(1, key, "先に保存", meeting, cases, Secretariat, At);
        second.EditText(1, key, "後から保存", meeting, cases, Chair, At);

        await _repository.SaveAsync(first);
        var error = await Assert.ThrowsAsync<DomainException>(() => _repository.SaveAsync(second));

        Assert.Equal("minutes.concurrent-update", error.Code);
        Assert.Equal("先に保存", (await _repository.FindAsync(November))!.Current.Texts[key]);
    }

    [Fact]
    public async Task Minutes_history_rows_are_append_only()
    {
        await StartAsync();
        await using var db = _db.Contexts.CreateDbContext();
        db.MinutesHistory.Remove(await db.MinutesHistory.FirstAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
