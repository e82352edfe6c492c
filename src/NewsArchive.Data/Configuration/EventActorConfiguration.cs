using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActor>
{
    public void Configure(EntityTypeBuilder<EventActor> actor)
    {
        actor.ToTable("EventActors");
        actor.HasKey(a => new { a.EventId, a.EntityId });
        // An entity's events in timeline order (its profile, the timeline filtered by entity).
        actor.HasIndex(a => new { a.EntityId, a.StartDay, a.Precision, a.EventId });
        actor.HasOne(a => a.Entity).WithMany().HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
