using Jusoteki.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jusoteki.Infrastructure.Persistence;

internal static class ConcurrencySafeSave
{
    /// <summary>
    /// Saves state and appended event rows in one transaction. If another writer changed the aggregate or took the same
    /// sequence number first, nothing is saved and <paramref name="conflict"/> is thrown.
    /// </summary>
    public static async Task SaveAsync(JusotekiDbContext db, Func<DomainException> conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw conflict();
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // SQLITE_CONSTRAINT: the journal or history already holds this sequence number.
            throw conflict();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // PostgreSQL's unique violation: the same, from the second provider.
            throw conflict();
        }
    }
}
