using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> alias)
    {
        alias.ToTable("EntityAliases");
        alias.Property(a => a.Name).HasMaxLength(300);
        alias.Property(a => a.NormalizedName).HasMaxLength(300);
        alias.HasIndex(a => new { a.EntityId, a.NormalizedName }).IsUnique();
        alias.HasIndex(a => a.NormalizedName);
    }
}
