using NewsArchive.Data.Ingestion;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Data.Tests;

/// <summary>
/// Builds what extraction would report for an article, with offsets computed from the body, so storage
/// and query tests control exactly which entities, quotes and events an article has.
/// </summary>
public sealed class ExtractionBuilder(string title, string body, PartialDate? published = null, string? url = null)
{
    private readonly List<ExtractedEntity> _people = [];
    private readonly List<ExtractedEntity> _organizations = [];
    private readonly List<ExtractedEntity> _places = [];
    private readonly List<ExtractedQuote> _quotes = [];
    private readonly List<ExtractedEvent> _events = [];

    public ExtractionBuilder Person(string name, string[]? aliases = null, string[]? roles = null) => Add(_people, EntityKind.Person, name, aliases, roles);
    public ExtractionBuilder Organization(string name, string[]? aliases = null) => Add(_organizations, EntityKind.Organization, name, aliases, null);
    public ExtractionBuilder Place(string name, string[]? aliases = null) => Add(_places, EntityKind.Place, name, aliases, null);

    public ExtractionBuilder Quote(string text, string? speaker, string? cue = "said")
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{text}' is not in the body.");
        _quotes.Add(new ExtractedQuote(text, speaker, cue, new TextSpan(start, start + text.Length)));
        return this;
    }

    public ExtractionBuilder Event(PartialDate date, string sentence, params string[] actors)
    {
        var start = body.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{sentence}' is not in the body.");
        _events.Add(new ExtractedEvent(date, sentence, actors, new TextSpan(start, start + sentence.Length)));
        return this;
    }

    public ArticleExtraction Build()
    {
        var paragraphs = NewsArchive.Data.Common.BodyParagraphs.Of(body);
        var document = new ArticleDocument(title, null, published, null, null, url, body, paragraphs);
        return new ArticleExtraction(
            document, published is { } p ? new PublicationDate(p, false) : null,
            _people, _organizations, _places, _quotes, _events);
    }

    /// <summary>Stores the built article through the real ingestion writer.</summary>
    public async Task<IngestionResult> IngestAsync(IngestionService ingestion, string? sourcePath = null)
        => (await ingestion.IngestExtractionsAsync([(Build(), sourcePath ?? title, sourcePath)]))[0];

    private ExtractionBuilder Add(List<ExtractedEntity> list, EntityKind kind, string name, string[]? aliases, string[]? roles)
    {
        var forms = new[] { name }.Concat(aliases ?? []).OrderByDescending(f => f.Length).ToList();
        var spans = new List<TextSpan>();
        foreach (var form in forms)
        {
            for (var at = body.IndexOf(form, StringComparison.Ordinal); at >= 0; at = body.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + form.Length);
                if (!spans.Any(s => s.Overlaps(span))) spans.Add(span);
            }
        }
        list.Add(new ExtractedEntity(kind, name, aliases ?? [], roles ?? [], spans.OrderBy(s => s.Start).ToList()));
        return this;
    }
}
