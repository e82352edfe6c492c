using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> @event)
    {
        @event.ToTable("Events");
        @event.HasIndex(e => new { e.ArticleId, e.Start });
        // The timeline's order: start of span, then coarser precision first.
        // Timeline order; EndDay rides along so a date range is filtered and counted from the index alone.
        @event.HasIndex(e => new { e.StartDay, e.Precision, e.Id, e.EndDay });
        @event.HasMany(e => e.Actors).WithOne(a => a.Event).HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
