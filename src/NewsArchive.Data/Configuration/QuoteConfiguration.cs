using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        // Triggers keep the FTS index in sync; SQLite's RETURNING does not mix with AFTER triggers.
        quote.ToTable("Quotes", t => t.UseSqlReturningClause(false));
        quote.Property(q => q.Cue).HasMaxLength(60);
        quote.HasIndex(q => new { q.ArticleId, q.Start });
        // A speaker's quotes newest first, in the order QuotesBySpeaker pages them: read in order, stop at the page.
        quote.HasIndex(q => new { q.SpeakerId, q.PublishedOn, q.ArticleId, q.Start }).IsDescending(false, true, true, false);
        quote.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
    }
}
