using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class JournalEntryRecordConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public void Configure(EntityTypeBuilder<JournalEntryRecord> builder) => EventTable.Configure(builder, "JournalEntries", "MeetingId");
}

internal sealed class CaseHistoryRecordConfiguration : IEntityTypeConfiguration<CaseHistoryRecord>
{
    public void Configure(EntityTypeBuilder<CaseHistoryRecord> builder) => EventTable.Configure(builder, "CaseHistory", "CaseId");
}

internal sealed class MinutesHistoryRecordConfiguration : IEntityTypeConfiguration<MinutesHistoryRecord>
{
    public void Configure(EntityTypeBuilder<MinutesHistoryRecord> builder) => EventTable.Configure(builder, "MinutesHistory", "MeetingId");
}

internal sealed class AuditRecordRowConfiguration : IEntityTypeConfiguration<AuditRecordRow>
{
    public void Configure(EntityTypeBuilder<AuditRecordRow> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.ActorId).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(100);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.HasIndex(a => a.CaseId);
    }
}

internal static class EventTable
{
    public static void Configure<T>(EntityTypeBuilder<T> builder, string table, string streamColumn) where T : EventRecord
    {
        builder.ToTable(table);
        // The key is the per-stream sequence: a second writer of the same number fails instead of forking the record.
        builder.HasKey(r => new { r.StreamId, r.Sequence });
        builder.Property(r => r.StreamId).HasColumnName(streamColumn);
        builder.Property(r => r.ActorId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ActorName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.EventType).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Payload).IsRequired();
    }
}
