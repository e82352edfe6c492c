using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A headline that names its story's edition by year ("Fringe 2023: …") gives the story's year.</summary>
public sealed class PublicationYearHeadlineEditionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string headline, string body)
    {
        var doc = TestDocument.FromParagraphs(body) with { Title = headline };
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Theory]
    [InlineData("Fringe 2023: the shows to see this weekend", 2023)]
    [InlineData("Edinburgh's Hogmanay 2021 party called off", 2021)]
    [InlineData("Indy 500 2022: parking and bag rules", 2022)]
    [InlineData("Results night | Election 2024", 2024)]
    [InlineData("New bypass won't open until 2027, council says", null)]
    [InlineData("Flu cases top 2019 total", null)]
    [InlineData("What the Water Act 2025 means for bills", null)]
    [InlineData("Budget 2026: what it means for you", null)]
    [InlineData("Term dates for the 2024-25 school year", null)]
    [InlineData("Storm of January 2024 cost £40m", null)]
    public void Reads_the_edition_year_a_headline_names(string headline, int? year)
    {
        Assert.Equal(year, HeadlineEditionYear.Find(headline));
    }

    [Fact]
    public void Puts_a_day_without_its_year_in_the_headlines_edition()
    {
        Assert.Equal("2016-10-04", Infer("Harvest Fair 2016: rides, prices and opening times",
            "Rides were being put up yesterday (Monday, October 3) as the first stalls arrived.\n\n"
            + "The fair was first held in 1904."));
    }
}
