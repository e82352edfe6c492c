using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Web.Features.Articles;

/// <summary>
/// The N in an article's #quote-N / #event-N anchors for quotes and events listed elsewhere
/// (quote search, timeline, entity pages). The article page numbers them from 1 in body order,
/// so N is one more than the number of earlier ones in the same article.
/// </summary>
public sealed class ArticleAnchorNumbers(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<int, int>> ForQuotesAsync(IReadOnlyCollection<int> quoteIds, CancellationToken cancellationToken = default)
    {
        if (quoteIds.Count == 0) return new Dictionary<int, int>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Quotes.AsNoTracking()
            .Where(q => quoteIds.Contains(q.Id))
            .Select(q => new
            {
                q.Id,
                Number = db.Quotes.Count(o => o.ArticleId == q.ArticleId && (o.Start < q.Start || (o.Start == q.Start && o.Id < q.Id))) + 1,
            })
            .ToDictionaryAsync(x => x.Id, x => x.Number, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, int>> ForEventsAsync(IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken = default)
    {
        if (eventIds.Count == 0) return new Dictionary<int, int>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Events.AsNoTracking()
            .Where(e => eventIds.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                Number = db.Events.Count(o => o.ArticleId == e.ArticleId && (o.Start < e.Start || (o.Start == e.Start && o.Id < e.Id))) + 1,
            })
            .ToDictionaryAsync(x => x.Id, x => x.Number, cancellationToken);
    }

    /// <summary>The first stated role of each speaker, for quote lists.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RolesAsync(IReadOnlyCollection<string> entitySlugs, CancellationToken cancellationToken = default)
    {
        if (entitySlugs.Count == 0) return new Dictionary<string, string>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => entitySlugs.Contains(e.Slug))
            .Select(e => new { e.Slug, Role = e.Roles.OrderBy(r => r.Id).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Role is not null).ToDictionary(r => r.Slug, r => r.Role!);
    }
}
