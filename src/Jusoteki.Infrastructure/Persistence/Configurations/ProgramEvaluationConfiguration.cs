using Jusoteki.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class ProgramEvaluationConfiguration : IEntityTypeConfiguration<ProgramEvaluation>
{
    public void Configure(EntityTypeBuilder<ProgramEvaluation> builder)
    {
        builder.ToTable("ProgramEvaluations");
        // One evaluation per fiscal year; each save replaces it and raises the version (the audit log records each save).
        builder.HasKey(e => e.FiscalYear);
        builder.Property(e => e.FiscalYear).ValueGeneratedNever();
        builder.Property(e => e.Text).HasMaxLength(ProgramEvaluationRules.TextMaxLength).IsRequired();
        builder.Property(e => e.WrittenBy).HasMaxLength(100).IsRequired();
        // Two editors saving over the same version: the second finds no row at that version and is refused.
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
