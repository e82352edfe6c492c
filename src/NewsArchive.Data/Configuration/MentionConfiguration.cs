using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;
using NewsArchive.Data.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Configuration;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> mention)
    {
        mention.ToTable("Mentions");
        // The key is also the index for an article's mentions, "does this article mention X" (search's entity
        // filter) and co-mention counts over a set of articles, all without reading the spans.
        mention.HasKey(m => new { m.ArticleId, m.EntityId });
        mention.Property(m => m.Spans).HasConversion(
            spans => MentionSpans.Pack(spans),
            packed => MentionSpans.Unpack(packed),
            new ValueComparer<IReadOnlyList<TextSpan>>(
                (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                spans => spans.Aggregate(0, (hash, span) => HashCode.Combine(hash, span)),
                spans => spans.ToArray()));
        // An entity's latest articles (profile list, co-mention window) straight from the index, newest first.
        mention.HasIndex(m => new { m.EntityId, m.PublishedOn, m.ArticleId }).IsDescending(false, true, true);
    }
}
