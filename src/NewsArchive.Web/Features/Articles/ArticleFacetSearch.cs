using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Common;
using NewsArchive.Data.Search;
using NewsArchive.Extraction;

namespace NewsArchive.Web.Features.Articles;

/// <summary>What the /articles page asks for; every field comes from the URL.</summary>
public sealed record ArticleFacetQuery(
    string? Text = null, string? PersonSlug = null, string? OrganizationSlug = null, int? Year = null, int Page = 1, int PageSize = 20);

/// <summary>One value of a facet and how many of the current results have it.</summary>
public sealed record FacetValue(string Key, string Label, int Count);

/// <summary>A page of results plus the facets of the whole filtered result set.</summary>
public sealed record ArticleFacetResults(
    Page<ArticleHit> Hits, IReadOnlyList<FacetValue> People, IReadOnlyList<FacetValue> Organizations, IReadOnlyList<FacetValue> Years);

/// <summary>
/// Article search with facets (people, organizations, year) that narrow each other. The data
/// layer's ArticleSearch filters by one entity only; this combines its full-text index with
/// person, organization and year filters and counts the facets over the filtered set.
/// </summary>
public sealed class ArticleFacetSearch(IDbContextFactory<ArchiveDbContext> contexts, SqliteFullTextSearch fullText)
{
    /// <summary>
    /// Results, and the facets counted over them, stop at this many best (or newest) matches; beyond it the
    /// total reads "1,000+", as in the data layer's bounded search (docs/decisions/0024). At 5,000 a common
    /// word cost seconds per request under load (docs/benchmarks.md, Web).
    /// </summary>
    internal const int MaxMatches = 1000;
    private const int FacetSize = 8;

    public async Task<ArticleFacetResults> SearchAsync(ArticleFacetQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var pageNumber = Math.Max(query.Page, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var match = SqliteFullTextSearch.ToMatchExpression(query.Text);
        // One more than the cap, to know whether there are more.
        var searched = match is null ? null
            : await fullText.SearchArticlesAsync(db, match, new ArticleFilter(null, null, null), 0, MaxMatches + 1, cancellationToken);
        IReadOnlyList<int> candidates = searched is null
            ? await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
                .Select(a => a.Id).Take(MaxMatches + 1).ToListAsync(cancellationToken)
            : searched.Ids;
        var capped = candidates.Count > MaxMatches;
        if (capped) candidates = candidates.Take(MaxMatches).ToList();

        // EF.Parameter: the ids go as one JSON parameter (json_each), not as 1,000 SQL parameters that SQLite
        // parses and binds on every request (a third of the page's CPU in a profile).
        var filtered = db.Articles.AsNoTracking().Where(a => EF.Parameter(candidates).Contains(a.Id));
        if (query.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            filtered = filtered.Where(a => a.PublishedOn >= first && a.PublishedOn <= last);
        }
        if (!string.IsNullOrWhiteSpace(query.PersonSlug))
        {
            filtered = filtered.Where(a => db.Mentions.Any(m => m.ArticleId == a.Id && m.Entity!.Slug == query.PersonSlug));
        }
        if (!string.IsNullOrWhiteSpace(query.OrganizationSlug))
        {
            filtered = filtered.Where(a => db.Mentions.Any(m => m.ArticleId == a.Id && m.Entity!.Slug == query.OrganizationSlug));
        }
        var rows = await filtered
            .Select(a => new { a.Id, a.Slug, a.Title, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred })
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        // Keep the candidates' order: best match first, or newest first without words.
        var ordered = candidates.Where(rows.ContainsKey).ToList();
        var pageIds = ordered.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList();

        var snippets = searched is null
            ? new Dictionary<int, (Snippet Title, Snippet Body)>()
            : await fullText.ArticleSnippetsAsync(db, searched.Match, pageIds, cancellationToken);
        var firstLines = searched is null
            ? await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
                .Select(a => new { a.Id, Start = a.Body.Substring(0, 400) })
                .ToDictionaryAsync(a => a.Id, a => BodyParagraphs.FirstLine(a.Start), cancellationToken)
            : new Dictionary<int, string>();

        var hits = pageIds.Select(id =>
        {
            var a = rows[id];
            var published = a.PublishedOn is { } day && a.PublishedPrecision is { } precision
                ? new PublicationDate(new(day, precision), a.PublishedInferred)
                : null;
            var (title, body) = snippets.TryGetValue(id, out var s)
                ? s
                : (Snippet.Plain(a.Title), Snippet.Plain(firstLines.GetValueOrDefault(id, "")));
            return new ArticleHit(a.Slug, a.Title, title, published, body);
        }).ToList();

        // Counted in SQL from the (ArticleId, EntityId) index alone: distinct pairs first, then one row per entity,
        // and only those few rows are joined to their entity (joining every mention cost ~4x as much).
        var perEntity = db.Mentions.AsNoTracking()
            .Where(m => EF.Parameter(ordered).Contains(m.ArticleId))
            .Select(m => new { m.ArticleId, m.EntityId })
            .Distinct()
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Articles = g.Count() });
        var mentioned = await perEntity
            .Join(db.Entities.Where(e => e.Kind != EntityKind.Place), c => c.EntityId, e => e.Id,
                (c, e) => new { e.Slug, e.CanonicalName, e.Kind, c.Articles })
            .ToListAsync(cancellationToken);

        return new ArticleFacetResults(
            new Page<ArticleHit>(hits, ordered.Count, pageNumber, pageSize, TotalIsCapped: capped && ordered.Count == MaxMatches),
            EntityFacet(mentioned.Where(m => m.Kind == EntityKind.Person).Select(m => (m.Slug, m.CanonicalName, m.Articles))),
            EntityFacet(mentioned.Where(m => m.Kind == EntityKind.Organization).Select(m => (m.Slug, m.CanonicalName, m.Articles))),
            rows.Values.Where(a => a.PublishedOn is not null)
                .GroupBy(a => a.PublishedOn!.Value.Year)
                .OrderByDescending(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count()))
                .ToList());
    }

    private static IReadOnlyList<FacetValue> EntityFacet(IEnumerable<(string Slug, string Name, int Articles)> perEntity) =>
        perEntity
            .Select(e => new FacetValue(e.Slug, e.Name, e.Articles))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)
            .Take(FacetSize)
            .ToList();
}
