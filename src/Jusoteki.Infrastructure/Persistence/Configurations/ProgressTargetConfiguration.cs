using Jusoteki.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class ProgressTargetConfiguration : IEntityTypeConfiguration<ProgressTarget>
{
    public void Configure(EntityTypeBuilder<ProgressTarget> builder)
    {
        builder.ToTable("ProgressTargets");
        // One target per fiscal year and indicator; a change overwrites it (the audit log keeps every change).
        builder.HasKey(t => new { t.FiscalYear, t.Indicator });
        builder.Property(t => t.Indicator).HasConversion<string>().HasMaxLength(64);
        builder.Property(t => t.SetBy).HasMaxLength(100).IsRequired();
    }
}
