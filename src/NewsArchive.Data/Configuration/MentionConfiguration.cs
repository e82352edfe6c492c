using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> mention)
    {
        mention.ToTable("Mentions");
        mention.HasIndex(m => new { m.ArticleId, m.Start });
        // Serves "articles mentioning X" and co-mention counts without touching the table.
        mention.HasIndex(m => new { m.EntityId, m.ArticleId });
        // An entity's latest articles (profile list, co-mention window) without sorting all its mentions.
        mention.HasIndex(m => new { m.EntityId, m.PublishedOn, m.ArticleId }).IsDescending(false, true, true);
    }
}
