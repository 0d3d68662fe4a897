using Jusoteki.Domain.Agencies;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Agencies;

/// <summary>The agencies of the municipality: few, rarely changed, read by every screen that names one.</summary>
public sealed class AgencyDirectory(IDbContextFactory<JusotekiDbContext> contexts)
{
    public async Task<IReadOnlyList<Agency>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(ct);
        return [.. agencies.OrderBy(a => a.Field).ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    public async Task<Agency?> FindAsync(Guid agencyId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId, ct);
    }
}
