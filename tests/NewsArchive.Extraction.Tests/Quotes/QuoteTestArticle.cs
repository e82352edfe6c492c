using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Builds small articles from paragraphs and hand-made entities, and runs the quote stages on them.</summary>
internal static class QuoteTestArticle
{
    public static ArticleDocument Document(params string[] paragraphs)
    {
        var builder = new BodyBuilder();
        foreach (var p in paragraphs) builder.AddParagraph(p);
        return new ArticleDocument("A test article", null, null, null, null, null, builder.Body, builder.Paragraphs);
    }

    public static ExtractedEntity Person(string name, string[]? aliases = null, string[]? roles = null) =>
        new(EntityKind.Person, name, aliases ?? [], roles ?? [], []);

    public static ExtractedEntity Organization(string name, params string[] aliases) =>
        new(EntityKind.Organization, name, aliases, [], []);

    public static EntitySet KnownEntities(params ExtractedEntity[] entities) =>
        new(entities.Where(e => e.Kind == EntityKind.Person).ToList(),
            entities.Where(e => e.Kind == EntityKind.Organization).ToList(),
            entities.Where(e => e.Kind == EntityKind.Place).ToList());

    public static IReadOnlyList<Quotation> Quotations(params string[] paragraphs)
    {
        var document = Document(paragraphs);
        return new QuotationFinder().Find(document.Body, document.Paragraphs);
    }

    public static IReadOnlyList<string> QuotedTexts(params string[] paragraphs)
    {
        var document = Document(paragraphs);
        return new QuotationFinder().Find(document.Body, document.Paragraphs).Select(q => q.TextOf(document.Body)).ToList();
    }

    public static IReadOnlyList<ExtractedQuote> AttributedQuotes(EntitySet entities, params string[] paragraphs)
    {
        var document = Document(paragraphs);
        var sentences = new SentenceSplitter().Split(document.Body, document.Paragraphs);
        var quotations = new QuotationFinder().Find(document.Body, document.Paragraphs);
        return new SpeakerAttributor().Attribute(document, sentences, quotations, entities);
    }
}
