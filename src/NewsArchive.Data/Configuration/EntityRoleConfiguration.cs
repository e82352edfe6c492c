using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class EntityRoleConfiguration : IEntityTypeConfiguration<EntityRole>
{
    public void Configure(EntityTypeBuilder<EntityRole> role)
    {
        role.ToTable("EntityRoles");
        role.Property(r => r.Name).HasMaxLength(300);
        role.Property(r => r.NormalizedName).HasMaxLength(300);
        role.HasIndex(r => new { r.EntityId, r.NormalizedName }).IsUnique();
    }
}
