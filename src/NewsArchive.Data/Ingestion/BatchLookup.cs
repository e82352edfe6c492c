using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// What the archive already holds of a batch's content hashes, source paths, urls and article slugs, read in
/// four queries when the batch's transaction starts (it holds the write lock, so nothing changes under it),
/// plus what the batch itself has written since. An article none of whose keys is known is surely new and
/// needs no per-article lookups (only a new slug when its own is taken); any article with a known hash, path or
/// url takes the careful path, which asks the database.
/// </summary>
internal sealed class BatchLookup
{
    private readonly HashSet<string> _hashes;
    private readonly HashSet<string> _paths;
    private readonly HashSet<string> _urls;
    private readonly HashSet<string> _slugs;

    private BatchLookup(IEnumerable<string> hashes, IEnumerable<string> paths, IEnumerable<string> urls, IEnumerable<string> slugs)
    {
        _hashes = hashes.ToHashSet(StringComparer.Ordinal);
        _paths = paths.ToHashSet(StringComparer.Ordinal);
        _urls = urls.ToHashSet(StringComparer.Ordinal);
        _slugs = slugs.ToHashSet(StringComparer.Ordinal);
    }

    public static async Task<BatchLookup> LoadAsync(ArchiveDbContext db, IReadOnlyList<PreparedArticle> batch, CancellationToken cancellationToken)
    {
        var hashes = batch.Select(a => a.ContentHash).Distinct().ToList();
        var paths = batch.Select(a => a.SourcePath).OfType<string>().Distinct().ToList();
        var urls = batch.Select(a => Url(a)).OfType<string>().Distinct().ToList();
        var slugs = batch.Select(a => Common.SlugText.From(a.Extraction.Document.Title, "article")).Distinct().ToList();
        var articles = db.Articles.AsNoTracking();
        return new BatchLookup(
            await articles.Where(a => hashes.Contains(a.ContentHash)).Select(a => a.ContentHash).ToListAsync(cancellationToken),
            paths.Count == 0 ? [] : await articles.Where(a => paths.Contains(a.SourcePath!)).Select(a => a.SourcePath!).ToListAsync(cancellationToken),
            urls.Count == 0 ? [] : await articles.Where(a => urls.Contains(a.Url!)).Select(a => a.Url!).ToListAsync(cancellationToken),
            await articles.Where(a => slugs.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken));
    }

    /// <summary>True when no stored or already written article shares the hash, path or url: the article is new.</summary>
    public bool IsSurelyNew(PreparedArticle article) =>
        !_hashes.Contains(article.ContentHash)
        && (article.SourcePath is not { } path || !_paths.Contains(path))
        && (Url(article) is not { } url || !_urls.Contains(url));

    /// <summary>True when no stored or already written article has this slug.</summary>
    public bool IsFree(string slug) => !_slugs.Contains(slug);

    /// <summary>Records an article the batch has just written (or found), so later articles of the batch see it.</summary>
    public void Add(PreparedArticle article, string? slug)
    {
        _hashes.Add(article.ContentHash);
        if (article.SourcePath is { } path) _paths.Add(path);
        if (Url(article) is { } url) _urls.Add(url);
        if (slug is not null) _slugs.Add(slug);
    }

    private static string? Url(PreparedArticle article) =>
        string.IsNullOrWhiteSpace(article.Extraction.Document.Url) ? null : article.Extraction.Document.Url;
}
