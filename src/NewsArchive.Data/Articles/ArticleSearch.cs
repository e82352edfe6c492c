using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Articles;

/// <summary>
/// Full-text article search, paged, with highlighted snippets: ranked by bm25 up to a bound, newest archived
/// first with a capped total beyond it (see <see cref="SqliteFullTextSearch.SearchArticlesAsync"/>).
/// </summary>
public sealed class ArticleSearch(IDbContextFactory<ArchiveDbContext> contexts, SqliteFullTextSearch fullText, ArchiveOptions options)
{
    public async Task<Page<ArticleHit>> SearchAsync(ArticleSearchQuery query, CancellationToken cancellationToken = default)
    {
        var (pageNumber, size, skip) = Page<ArticleHit>.Normalize(query.Page, query.PageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        int? entityId = null;
        if (!string.IsNullOrWhiteSpace(query.EntitySlug))
        {
            entityId = await db.Entities.AsNoTracking().Where(e => e.Slug == query.EntitySlug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (entityId is null) return new Page<ArticleHit>([], 0, pageNumber, size);
        }

        var match = SqliteFullTextSearch.ToMatchExpression(query.Text);
        if (match is null) return await LatestAsync(db, query, entityId, pageNumber, size, skip, cancellationToken);

        var (total, capped, ids, run) = await fullText.SearchArticlesAsync(db, match, new ArticleFilter(query.From, query.To, entityId), skip, size, cancellationToken);
        var snippets = await fullText.ArticleSnippetsAsync(db, run, ids, cancellationToken);
        var rows = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var hits = ids.Where(rows.ContainsKey).Select(id =>
        {
            var a = rows[id];
            var (title, body) = snippets.TryGetValue(id, out var s) ? s : (Snippet.Plain(a.Title), Snippet.Plain(""));
            return new ArticleHit(a.Slug, a.Title, title, PublishedDate.From(a.PublishedOn, a.PublishedPrecision, a.PublishedInferred), body);
        }).ToList();
        return new Page<ArticleHit>(hits, total, pageNumber, size, capped);
    }

    private async Task<Page<ArticleHit>> LatestAsync(
        ArchiveDbContext db, ArticleSearchQuery query, int? entityId, int pageNumber, int size, int skip, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (query.From is { } from) articles = articles.Where(a => a.PublishedOn >= from);
        if (query.To is { } to) articles = articles.Where(a => a.PublishedOn <= to);
        if (entityId is { } id) articles = articles.Where(a => db.Mentions.Any(m => m.EntityId == id && m.ArticleId == a.Id));
        // Counted up to the same bound as a word search, so listing a large archive never counts all of it.
        var limit = Math.Max(1, options.RankedMatchLimit);
        var counted = await articles.Take(limit + 1).CountAsync(cancellationToken);
        var rows = await articles
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Skip(skip).Take(size)
            .Select(a => new { a.Slug, a.Title, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred, Start = a.Body.Substring(0, 400) })
            .ToListAsync(cancellationToken);
        var hits = rows.Select(a => new ArticleHit(
            a.Slug, a.Title, Snippet.Plain(a.Title),
            PublishedDate.From(a.PublishedOn, a.PublishedPrecision, a.PublishedInferred),
            Snippet.Plain(BodyParagraphs.FirstLine(a.Start)))).ToList();
        return new Page<ArticleHit>(hits, Math.Min(counted, limit), pageNumber, size, counted > limit);
    }
}
