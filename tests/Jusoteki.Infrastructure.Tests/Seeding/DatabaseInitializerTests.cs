using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Jusoteki.Infrastructure;
using Jusoteki.Infrastructure.Persistence;

namespace Jusoteki.Infrastructure.Tests.Seeding;

/// <summary>Run on both providers: <see cref="DatabaseInitializerTestsOnSqlite"/> and <see cref="DatabaseInitializerTestsOnPostgreSql"/>.</summary>
public abstract class DatabaseInitializerTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase _db = new(provider);

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task The_demo_seed_creates_the_city_and_its_december_meeting()
    {
        await _db.Initializer().InitializeAsync(seedDemoData: true);

        await using var db = _db.Contexts.CreateDbContext();
        Assert.True(await db.Agencies.CountAsync() >= 10);
        var cases = await db.SupportCases.ToListAsync();
        Assert.True(cases.Count >= 12);
        Assert.Equal(Enum.GetValues<IssueTag>().Order(), cases.SelectMany(c => c.Tags).Distinct().Order());
        Assert.Equal(Enum.GetValues<ConsentState>().Order(), cases.Select(c => c.Consent).Distinct().Order());
        var support = await db.Meetings.SingleAsync(m => m.Id == MidoriCityDemo.DecemberSupportMeetingId);
        Assert.Equal((MeetingKind.SupportMeeting, 6), (support.Kind, support.Agenda.Count));
        var multi = await db.Meetings.SingleAsync(m => m.Id == MidoriCityDemo.DecemberMultiLayeredMeetingId);
        Assert.Equal(MeetingKind.MultiLayeredSupportMeeting, multi.Kind);
        Assert.All(multi.Agenda, a => Assert.True(cases.Single(c => c.Id == a.CaseId).HasConsent));
        Assert.NotEmpty(cases.SelectMany(c => c.OverdueRoles(new DateOnly(2026, 12, 1))));
    }

    [Fact]
    public async Task The_seeded_histories_replay_to_the_seeded_state()
    {
        await _db.Initializer().InitializeAsync(seedDemoData: true);
        var cases = new Jusoteki.Infrastructure.Cases.SupportCaseRepository(_db.Contexts, _db.AuditLog());
        var journal = new Jusoteki.Infrastructure.Meetings.MeetingJournal(_db.Contexts);
        await using var db = _db.Contexts.CreateDbContext();

        foreach (var stored in await db.SupportCases.AsNoTracking().ToListAsync())
            Assert.Equal(Snapshot.Of(stored), Snapshot.Of(SupportCase.Replay(await cases.ReadHistoryAsync(stored.Id))));
        foreach (var stored in await db.Meetings.AsNoTracking().ToListAsync())
            Assert.Equal(Snapshot.Of(stored), Snapshot.Of(Meeting.Replay(await journal.ReadAfterAsync(stored.Id, 0))));
    }

    [Fact]
    public async Task Starting_a_second_time_changes_nothing()
    {
        await _db.Initializer().InitializeAsync(seedDemoData: true);
        var before = await Fingerprint();

        await _db.Initializer().InitializeAsync(seedDemoData: true);

        Assert.Equal(before, await Fingerprint());
    }

    [Fact]
    public async Task All_migrations_are_applied()
    {
        await using var db = _db.Contexts.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration (to both providers) with scripts/add-migration.sh.");
    }

    private async Task<string> Fingerprint()
    {
        await using var db = _db.Contexts.CreateDbContext();
        var agencies = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id + a.Name).ToListAsync();
        var cases = await db.SupportCases.OrderBy(c => c.Id).Select(c => c.Id + c.PersonName).ToListAsync();
        var meetings = await db.Meetings.Select(m => m.Id + m.Title + m.LastSequence).ToListAsync();
        var journal = await db.Journal.CountAsync();
        var history = await db.CaseHistory.CountAsync();
        return string.Join("|", agencies.Concat(cases).Concat(meetings).Append(journal.ToString()).Append(history.ToString()));
    }
}

public sealed class DatabaseInitializerTestsOnSqlite() : DatabaseInitializerTests(DatabaseProvider.Sqlite);

public sealed class DatabaseInitializerTestsOnPostgreSql() : DatabaseInitializerTests(DatabaseProvider.PostgreSQL);

public sealed class SqliteDatabaseLocationTests
{
    [Fact]
    public void A_relative_database_path_is_resolved_under_the_content_root_and_its_folder_created()
    {
        var root = Path.Combine(Path.GetTempPath(), "jusoteki-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var connectionString = SqliteDatabaseLocation.Resolve(null, root);

            Assert.Contains(Path.Combine(root, "data", "jusoteki.db"), connectionString);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
