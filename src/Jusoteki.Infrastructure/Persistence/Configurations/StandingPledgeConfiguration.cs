using Jusoteki.Domain.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class StandingPledgeConfiguration : IEntityTypeConfiguration<StandingPledge>
{
    public void Configure(EntityTypeBuilder<StandingPledge> builder)
    {
        builder.ToTable("StandingPledges");
        // One pledge per person and fiscal year.
        builder.HasKey(p => new { p.UserId, p.FiscalYear });
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.DisplayName).HasMaxLength(100).IsRequired();
    }
}
