using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Persistence;

public sealed class JusotekiDbContext(DbContextOptions<JusotekiDbContext> options) : DbContext(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<SupportCase> SupportCases => Set<SupportCase>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<JournalEntryRecord> Journal => Set<JournalEntryRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JusotekiDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardJournalIsAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardJournalIsAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The journal is the record of what happened in a meeting: rows are only ever added.
    private void GuardJournalIsAppendOnly()
    {
        if (ChangeTracker.Entries<JournalEntryRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The meeting journal is append-only: entries cannot be changed or deleted.");
    }
}
