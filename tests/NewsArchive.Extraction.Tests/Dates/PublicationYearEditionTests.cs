using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"The 31st running of the race, first held in 1990": a yearly edition's number counts from the first.</summary>
public sealed class PublicationYearEditionTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_the_editions_from_the_first()
    {
        Assert.Equal("2020", Infer(
            "The 31st running of the harbour swim, first held in 1990, drew 800 entrants despite the cold.\n\n"
            + "Organisers said the course was shortened in 2011 after a storm."));
    }

    [Fact]
    public void Counts_an_annual_event_from_its_first_staging()
    {
        Assert.Equal("2024", Infer(
            "Crowds packed the square for the 25th annual lantern walk, first staged by the parish in 2000.\n\n"
            + "The parish council approved the route in 2019."));
    }

    [Fact]
    public void A_tradition_since_a_year_counts_nothing()
    {
        // The parade skipped years, so "since 1950" with the 70th edition is no count; the finished 2021 happening bounds it.
        Assert.Equal("2022", Infer(
            "The 70th edition of the parade, a city tradition since 1950, wound through downtown.\n\n"
            + "The route was changed in 2021 after the bridge closed."));
    }
}
