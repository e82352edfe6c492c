using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> entity)
    {
        entity.ToTable("Entities");
        entity.Property(e => e.CanonicalName).HasMaxLength(300);
        entity.Property(e => e.NormalizedName).HasMaxLength(300);
        entity.Property(e => e.Slug).HasMaxLength(120);
        // One entity per name and kind: the resolver relies on it, and so do concurrent ingests.
        entity.HasIndex(e => new { e.Kind, e.NormalizedName }).IsUnique();
        entity.HasIndex(e => e.Slug).IsUnique();
        entity.HasIndex(e => new { e.Kind, e.Surname });
        entity.HasIndex(e => e.NormalizedName);
        entity.HasMany(e => e.Aliases).WithOne(a => a.Entity).HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(e => e.Roles).WithOne(r => r.Entity).HasForeignKey(r => r.EntityId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(e => e.Mentions).WithOne(m => m.Entity).HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
