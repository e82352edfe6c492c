using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>Builds articles from paragraphs and runs the real sentence splitter, quotation finder and recognizer on them.</summary>
internal static class TestArticles
{
    public static ArticleDocument Document(string title, string? credit, IEnumerable<string> paragraphs)
    {
        var body = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            if (body.Length > 0) body.Append("\n\n");
            spans.Add(new TextSpan(body.Length, body.Length + paragraph.Length));
            body.Append(paragraph);
        }
        return new ArticleDocument(title, credit, null, null, null, null, body.ToString(), spans);
    }

    public static EntitySet Recognize(params string[] paragraphs) => Recognize(Document("A title", null, paragraphs));

    public static EntitySet Recognize(ArticleDocument document)
    {
        var sentences = new SentenceSplitter().Split(document.Body, document.Paragraphs);
        var quotations = new QuotationFinder().Find(document.Body, document.Paragraphs);
        return new EntityRecognizer().Recognize(document, sentences, quotations);
    }

    public static ExtractedEntity Person(this EntitySet set, string name) => Single(set.People, name);

    public static ExtractedEntity Organization(this EntitySet set, string name) => Single(set.Organizations, name);

    public static ExtractedEntity Place(this EntitySet set, string name) => Single(set.Places, name);

    public static IEnumerable<string> Names(this IEnumerable<ExtractedEntity> entities) => entities.Select(e => e.Name);

    /// <summary>Every name and alias of every entity, of any kind.</summary>
    public static IEnumerable<string> AllSurfaceForms(this EntitySet set) => set.All.SelectMany(e => e.Aliases.Append(e.Name));

    private static ExtractedEntity Single(IReadOnlyList<ExtractedEntity> entities, string name)
    {
        var found = entities.Where(e => e.Name == name).ToList();
        Assert.True(found.Count == 1, $"Expected one '{name}' among: {string.Join(", ", entities.Select(e => e.Name))}");
        return found[0];
    }
}
