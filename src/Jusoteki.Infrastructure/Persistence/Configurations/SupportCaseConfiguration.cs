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
        builder.Property(c => c.PersonName).HasMaxLength(SupportCase.NameMaxLength).IsRequired();
        builder.Property(c => c.AgeBand).HasMaxLength(16);
        builder.Property(c => c.Sex).HasMaxLength(16);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(32);
        // Every change appends to the case's history and bumps LastSequence: two writers from the same state collide here.
        builder.Property(c => c.LastSequence).IsConcurrencyToken();
        builder.Ignore(c => c.UncommittedEntries);
        builder.Ignore(c => c.CurrentConsent);
        // Intake, the assessment versions and the carried direction are read and written with the case: JSON text columns.
        builder.Property(c => c.Intake).HasConversion(JsonSingle<IntakeDetails>.Converter);
        builder.Property(c => c.Direction).HasConversion(JsonSingle<CarriedDirection>.Converter);
        builder.Ignore(c => c.Assessments);
        builder.Property<List<AssessmentVersion>>("_assessments").HasColumnName(nameof(SupportCase.Assessments))
            .UsePropertyAccessMode(PropertyAccessMode.Field).HasConversion(JsonValue<AssessmentVersion>.Converter, JsonValue<AssessmentVersion>.Comparer)
            .IsRequired();

        // The parts of a case are read and written with it, never alone: each collection is one JSON column.
        builder.OwnsMany(c => c.Household, h => h.ToJson());
        builder.OwnsMany(c => c.Consultations, h => h.ToJson());
        builder.OwnsMany(c => c.ConsentHistory, h => h.ToJson());
        builder.OwnsMany(c => c.Roles, r =>
        {
            r.ToJson();
            r.OwnsMany(x => x.Notes);
            r.Navigation(x => x.Notes).HasField("_notes").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.OwnsMany(c => c.Plans, p =>
        {
            p.ToJson();
            p.OwnsMany(x => x.Goals);
        });
        builder.Navigation(c => c.Household).HasField("_household").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Consultations).HasField("_consultations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.ConsentHistory).HasField("_consents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Plans).HasField("_plans").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
