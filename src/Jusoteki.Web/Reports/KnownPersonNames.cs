using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Reports;

/// <summary>Every person's name recorded in Jusoteki (each case's person and household), for the name check of texts the 代表者会議 reads (C8).</summary>
public static class KnownPersonNames
{
    public static async Task<IReadOnlyList<string>> ReadAsync(JusotekiDbContext db, CancellationToken ct = default)
    {
        // Only the two columns that hold names are read (the household is a JSON column: taken whole, SQLite has no APPLY to reach into it).
        var cases = await db.SupportCases.AsNoTracking().Select(c => new { c.PersonName, c.Household }).ToListAsync(ct);
        return [.. cases.SelectMany(c => c.Household.Select(h => h.Name).Prepend(c.PersonName)).Distinct()];
    }
}
