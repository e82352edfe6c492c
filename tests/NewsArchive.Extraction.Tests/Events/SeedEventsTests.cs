using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;

namespace NewsArchive.Extraction.Tests.Events;

/// <summary>The seed article's gold extraction (shared/seeds/000_e7e15d3b9ef27f61.gold.json): dates, credit and events.</summary>
public sealed class SeedEventsTests
{
    private static readonly ArticleExtraction Seed = new ArticleExtractor().Extract(
        ArticleReader.ReadFile(FixtureFiles.Seed("hancock-dismisses-trump-tweet-about-releasing-immigration-detainees.txt")));

    [Fact]
    public void Seed_publication_date_is_inferred_as_12_April_2019()
    {
        Assert.NotNull(Seed.Published);
        Assert.Equal("2019-04-12", Seed.Published.Date.ToIso());
        Assert.True(Seed.Published.Inferred);
    }

    [Fact]
    public void Seed_title_and_credit_come_from_the_lines_above_the_body()
    {
        Assert.Equal("Hancock Dismisses Trump Tweet About Releasing Immigration Detainees in Sanctuary Cities", Seed.Document.Title);
        Assert.Equal("Michael Vadon at Flickr", Seed.Document.Credit);
        Assert.StartsWith("President Trump is threatening", Seed.Document.Body);
    }

    [Fact]
    public void Seed_has_exactly_the_eight_gold_events_with_their_anchors()
    {
        var expected = new (string Date, string Anchor)[]
        {
            ("2019-04-12", "The threat came today, April 12"),
            ("2019-04-11", "an April 11 article by the Washington Post"),
            ("2018-11", "once in November"),
            ("2019-02", "again in February"),
            ("2017-08", "In August 2017, city council passed an ordinance"),
            ("2018", "In 2018, ICE sent, and the sheriff's department answered, 108"),
            ("2018-01", "In January 2018, then-U.S. Attorney General Jeff Sessions sent letters"),
            ("2019-03-12", "filed a lawsuit on March 12"),
        };
        Assert.Equal(expected.Select(e => e.Date), Seed.Events.Select(e => e.Date.ToIso()));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i].Anchor, Seed.Events[i].Text);
            Assert.Equal(Seed.Events[i].Text, Seed.Document.Body[Seed.Events[i].Span.Start..Seed.Events[i].Span.End]);
        }
    }
}
