using System.Text.Json;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>
/// The quote stages alone on the seed article, given the gold entities (names, aliases, roles), so speaker
/// attribution is checked independently of entity recognition.
/// </summary>
public class SpeakerAttributorSeedTests
{
    [Fact]
    public void Attributes_every_seed_quote_given_the_gold_entities()
    {
        var gold = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path(
            "tests", "NewsArchive.Extraction.Tests", "Gold", "000_e7e15d3b9ef27f61.gold.json"))).RootElement;
        static string[] Strings(JsonElement e, string name) =>
            e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        var entities = KnownEntities([
            .. gold.GetProperty("people").EnumerateArray()
                .Select(p => Person(p.GetProperty("name").GetString()!, Strings(p, "aliases"), Strings(p, "roles"))),
            .. gold.GetProperty("organizations").EnumerateArray()
                .Select(o => Organization(o.GetProperty("name").GetString()!, Strings(o, "aliases"))),
        ]);
        var document = ArticleReader.ReadFile(RepositoryFiles.Path(
            "seeds", "hancock-dismisses-trump-tweet-about-releasing-immigration-detainees.txt"));
        var sentences = new SentenceSplitter().Split(document.Body, document.Paragraphs);
        var quotations = new QuotationFinder().Find(document.Body, document.Paragraphs);

        var quotes = new SpeakerAttributor().Attribute(document, sentences, quotations, entities);

        var expected = gold.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("text").GetString()!, q.GetProperty("speaker").GetString(), q.GetProperty("cue").GetString()));
        Assert.Equal(expected, quotes.Select(q => (q.Text, q.Speaker, q.Cue)));
    }
}
