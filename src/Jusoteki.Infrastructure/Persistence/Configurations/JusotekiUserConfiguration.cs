using Jusoteki.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jusoteki.Infrastructure.Persistence.Configurations;

internal sealed class JusotekiUserConfiguration : IEntityTypeConfiguration<JusotekiUser>
{
    public void Configure(EntityTypeBuilder<JusotekiUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(100);
}
