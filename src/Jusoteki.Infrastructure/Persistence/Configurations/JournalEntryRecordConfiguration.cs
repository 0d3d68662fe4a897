using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class JournalEntryRecordConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public void Configure(EntityTypeBuilder<JournalEntryRecord> builder)
    {
        builder.ToTable("JournalEntries");
        // The key is the per-meeting sequence: a second writer of the same number fails instead of forking the journal.
        builder.HasKey(j => new { j.MeetingId, j.Sequence });
        builder.Property(j => j.ActorId).HasMaxLength(100).IsRequired();
        builder.Property(j => j.ActorName).HasMaxLength(100).IsRequired();
        builder.Property(j => j.EventType).HasMaxLength(100).IsRequired();
        builder.Property(j => j.Payload).IsRequired();
    }
}
