using Jusoteki.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Jusoteki.Infrastructure;

namespace Jusoteki.Infrastructure.Tests.Seeding;

public sealed class DatabaseInitializerTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task The_demo_seed_creates_the_city_and_its_december_meeting()
    {
        await _db.Initializer().InitializeAsync(seedDemoData: true);

        await using var db = _db.Contexts.CreateDbContext();
        Assert.Equal(MidoriCityDemo.Agencies.Count, await db.Agencies.CountAsync());
        Assert.True(await db.Agencies.CountAsync() >= 10);
        Assert.Equal(MidoriCityDemo.Cases.Count, await db.SupportCases.CountAsync());
        var meeting = await db.Meetings.SingleAsync(m => m.Id == MidoriCityDemo.DecemberSupportMeetingId);
        Assert.Equal(MidoriCityDemo.Cases.Count, meeting.Agenda.Count);
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
    }

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

    private async Task<string> Fingerprint()
    {
        await using var db = _db.Contexts.CreateDbContext();
        var agencies = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id + a.Name).ToListAsync();
        var cases = await db.SupportCases.OrderBy(c => c.Id).Select(c => c.Id + c.PersonName).ToListAsync();
        var meetings = await db.Meetings.Select(m => m.Id + m.Title + m.LastSequence).ToListAsync();
        var journal = await db.Journal.CountAsync();
        return string.Join("|", agencies.Concat(cases).Concat(meetings).Append(journal.ToString()));
    }
}
