using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> mention)
    {
        mention.ToTable("Mentions");
        // An article's mentions, "does this article mention X" (search's entity filter) and co-mention counts
        // over a set of articles, all without touching the table.
        mention.HasIndex(m => new { m.ArticleId, m.EntityId });
        // An entity's latest articles (profile list, co-mention window) without sorting all its mentions.
        mention.HasIndex(m => new { m.EntityId, m.PublishedOn, m.ArticleId }).IsDescending(false, true, true);
    }
}
