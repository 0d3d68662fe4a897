using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jusoteki.Infrastructure.Persistence;

/// <summary>Used only by EF's migration tool (scripts/add-migration.sh); the app builds its context in DI.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JusotekiDbContext>
{
    public JusotekiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<JusotekiDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
