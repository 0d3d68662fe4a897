using Jusoteki.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Title).HasMaxLength(Meeting.TitleMaxLength).IsRequired();
        builder.Property(m => m.Place).HasMaxLength(Meeting.PlaceMaxLength).IsRequired();
        // Every change to a meeting appends to its journal and bumps LastSequence: two writers from the same state collide here.
        builder.Property(m => m.LastSequence).IsConcurrencyToken();
        builder.Ignore(m => m.UncommittedEntries);
        builder.Ignore(m => m.FiscalYear);

        builder.OwnsMany(m => m.Agenda, agenda =>
        {
            agenda.ToTable("AgendaItems");
            agenda.WithOwner().HasForeignKey("MeetingId");
            agenda.HasKey("MeetingId", nameof(AgendaItem.CaseId));
            agenda.Property(a => a.SupportPolicy).HasMaxLength(Meeting.SupportPolicyMaxLength).IsRequired();
            agenda.Property(a => a.SupportPolicyEditedBy).HasMaxLength(100);
            agenda.Property(a => a.Watching).HasMaxLength(Meeting.WatchingMaxLength).IsRequired();
            agenda.Property(a => a.WatchingEditedBy).HasMaxLength(100);
            // Notes are read and written with their agenda item, never alone: one JSON text column. (EF cannot nest an owned
            // JSON collection in an owned type mapped to its own table, so the list is converted as a value.)
            agenda.Ignore(a => a.AgencyNotes);
            agenda.Property<List<AgencyNote>>("_agencyNotes").HasColumnName(nameof(AgendaItem.AgencyNotes))
                .UsePropertyAccessMode(PropertyAccessMode.Field).HasConversion(JsonValue<AgencyNote>.Converter, JsonValue<AgencyNote>.Comparer)
                .IsRequired();
        });
        builder.Navigation(m => m.Agenda).HasField("_agenda").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Participants, p => p.ToJson());
        builder.Navigation(m => m.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
