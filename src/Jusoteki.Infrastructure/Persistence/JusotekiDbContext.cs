using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Meetings;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Persistence;

public sealed class JusotekiDbContext(DbContextOptions<JusotekiDbContext> options) : IdentityDbContext<JusotekiUser>(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<SupportCase> SupportCases => Set<SupportCase>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<JournalEntryRecord> Journal => Set<JournalEntryRecord>();
    public DbSet<CaseHistoryRecord> CaseHistory => Set<CaseHistoryRecord>();
    public DbSet<MinutesHistoryRecord> MinutesHistory => Set<MinutesHistoryRecord>();
    public DbSet<AuditRecordRow> AuditLog => Set<AuditRecordRow>();
    public DbSet<Domain.Consent.StandingPledge> StandingPledges => Set<Domain.Consent.StandingPledge>();
    public DbSet<Domain.Progress.ProgressTarget> ProgressTargets => Set<Domain.Progress.ProgressTarget>();
    public DbSet<Domain.Reports.ResourceGapApproval> ResourceGapApprovals => Set<Domain.Reports.ResourceGapApproval>();
    public DbSet<Domain.Reports.ProgramEvaluation> ProgramEvaluations => Set<Domain.Reports.ProgramEvaluation>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite keeps the offset in text as written; PostgreSQL keeps instants (UtcDateTimeOffsetConverter).
        if (Database.IsNpgsql()) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JusotekiDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The journal, the case and minutes histories and the audit log are the record of what happened: rows are only ever added.
    private void GuardAppendOnly()
    {
        var rewritten = ChangeTracker.Entries()
            .Where(e => e.Entity is EventRecord or AuditRecordRow)
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten) throw new InvalidOperationException("The journal, case histories and audit log are append-only: rows cannot be changed or deleted.");
    }
}
