using Jusoteki.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Tests.Seeding;

/// <summary>The cheap checks that let a restart skip the migrations diff and the demo seed when there is nothing to do.</summary>
public sealed class RestartCheckTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task A_migrated_database_is_up_to_date_and_one_missing_a_migration_is_not()
    {
        await using var db = _db.Contexts.CreateDbContext();
        Assert.True(await MigrationState.IsUpToDateAsync(db));

        var last = db.Database.GetMigrations().Last();
        await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {last}");

        Assert.False(await MigrationState.IsUpToDateAsync(db));
    }

    [Fact]
    public async Task The_demo_is_in_place_only_once_seeded_and_its_lists_name_exactly_what_the_seed_stores()
    {
        await using var db = _db.Contexts.CreateDbContext();
        Assert.False(await DemoPresence.IsInPlaceAsync(db));

        await _db.Initializer().InitializeAsync(seedDemoData: true);

        Assert.True(await DemoPresence.IsInPlaceAsync(db));
        Assert.Equal(DemoPresence.MeetingIds.Order(), (await db.Meetings.Select(m => m.Id).ToListAsync()).Order());
        Assert.Equal(DemoPresence.CaseNumbers, MidoriCityDemo.BuildCases().Select(c => c.Pseudonym["ケース".Length..]).Order());
    }

    [Fact]
    public async Task A_demo_missing_its_targets_is_not_in_place_and_the_next_start_adds_them_back()
    {
        await _db.Initializer().InitializeAsync(seedDemoData: true);
        await using var db = _db.Contexts.CreateDbContext();
        await db.ProgressTargets.ExecuteDeleteAsync();
        Assert.False(await DemoPresence.IsInPlaceAsync(db));

        await _db.Initializer().InitializeAsync(seedDemoData: true);

        Assert.True(await DemoPresence.IsInPlaceAsync(db));
    }
}
