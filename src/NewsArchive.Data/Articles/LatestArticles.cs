using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;

namespace NewsArchive.Data.Articles;

/// <summary>The home page's list: newest publication date first.</summary>
public sealed class LatestArticles(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(int count = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(count, 1, 200))
            .Select(a => new { a.Slug, a.Title, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred, Start = a.Body.Substring(0, 400) })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new ArticleSummary(
            a.Slug, a.Title, PublishedDate.From(a.PublishedOn, a.PublishedPrecision, a.PublishedInferred), BodyParagraphs.FirstLine(a.Start)))
            .ToList();
    }
}
