using Jusoteki.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Pseudonym).IsUnique();
        builder.Property(c => c.Pseudonym).HasMaxLength(32).IsRequired();
        builder.Property(c => c.PersonName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.AgeBand).HasMaxLength(16);
        builder.Property(c => c.Sex).HasMaxLength(16);
        builder.Property(c => c.HouseholdSummary).HasMaxLength(1000);
        builder.Property(c => c.Tags).HasMaxLength(500);
        builder.Ignore(c => c.TagList);
        builder.Ignore(c => c.PseudonymisedSummary);
    }
}
