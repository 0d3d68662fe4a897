using Jusoteki.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jusoteki.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL only: timestamptz keeps an instant and Npgsql refuses a non-UTC offset on write, while Jusoteki writes JST
/// (+09:00). Stored as UTC, read back in JST: the same instant, shown as the app wrote it (the extremes stay UTC, where +09:00 would overflow).
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => InJapan(stored))
{
    private static DateTimeOffset InJapan(DateTimeOffset stored) =>
        stored.UtcDateTime > DateTime.MaxValue - JapanTime.Offset ? stored : stored.ToOffset(JapanTime.Offset);
}
