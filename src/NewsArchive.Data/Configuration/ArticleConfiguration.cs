using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Configuration;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        // Triggers keep the FTS index in sync; SQLite's RETURNING does not mix with AFTER triggers.
        article.ToTable("Articles", t => t.UseSqlReturningClause(false));
        article.Property(a => a.Slug).HasMaxLength(120);
        article.Property(a => a.Title).HasMaxLength(1000);
        article.Property(a => a.ContentHash).HasMaxLength(64);
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => a.ContentHash).IsUnique();
        article.HasIndex(a => a.SourcePath);
        article.HasIndex(a => a.Url);
        article.HasIndex(a => new { a.PublishedOn, a.Id });
        article.HasIndex(a => a.ExtractorVersion);
        article.HasMany(a => a.Mentions).WithOne(m => m.Article).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Events).WithOne(e => e.Article).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
