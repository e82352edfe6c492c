using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction;

/// <summary>
/// Runs every extraction stage over one article. Stateless and thread-safe: build one and share it.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly SentenceSplitter _sentences = new();
    private readonly QuotationFinder _quotations = new();
    private readonly EntityRecognizer _entities = new();
    private readonly SpeakerAttributor _speakers = new();
    private readonly PublicationDateResolver _publication = new();
    private readonly EventFinder _events = new();
    private readonly DateMentionFinder _dates = new();

    /// <summary>Extracts entities, quotes, dates and events from <paramref name="document"/>.</summary>
    /// <param name="document">The article as read.</param>
    /// <param name="published">Overrides the publication date (the CLI's --published).</param>
    public ArticleExtraction Extract(ArticleDocument document, PartialDate? published = null)
    {
        var sentences = _sentences.Split(document.Body, document.Paragraphs);
        var quotations = _quotations.Find(document.Body, document.Paragraphs);
        var entities = _entities.Recognize(document, sentences, quotations);
        var quotes = _speakers.Attribute(document, sentences, quotations, entities);
        // Both date stages read the same date mentions: scan the sentences for them once.
        var dates = _dates.Find(document.Body, sentences);
        var publication = _publication.Resolve(document, dates, published, out var eventsDay);
        // A story the text dates only to its month ("earlier this month") reads its events against its latest happening.
        var events = _events.Find(document, sentences, dates, eventsDay ?? publication, entities);
        return new ArticleExtraction(
            document, publication, entities.People, entities.Organizations, entities.Places, quotes, events);
    }
}
