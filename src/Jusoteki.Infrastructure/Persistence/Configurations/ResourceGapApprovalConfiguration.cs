using Jusoteki.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class ResourceGapApprovalConfiguration : IEntityTypeConfiguration<ResourceGapApproval>
{
    public void Configure(EntityTypeBuilder<ResourceGapApproval> builder)
    {
        builder.ToTable("ResourceGapApprovals");
        // One approval per noted gap (its journal entry); a new approval replaces it and raises the revision (the audit log keeps each).
        builder.HasKey(a => new { a.MeetingId, a.Sequence });
        builder.HasIndex(a => a.FiscalYear);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(64);
        builder.Property(a => a.Wording).HasMaxLength(ResourceGapRules.WordingMaxLength).IsRequired();
        builder.Property(a => a.ApprovedBy).HasMaxLength(100).IsRequired();
        // Two 事務局 saving over the same revision: the second save finds no row to update and is refused.
        builder.Property(a => a.Revision).IsConcurrencyToken();
    }
}
