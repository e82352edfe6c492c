using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"expects profit of $80 million for 2027", "forecast 2028 revenue": the year a forecast is for is the story's.</summary>
public sealed class PublicationYearForecastTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_year_a_past_told_forecast_is_for_is_not_over()
    {
        // Read as a finished year, "for 2027" would put the story in 2028.
        Assert.Equal("2027-10-14", Infer(
            "OSLO, Oct 14 (Reuters) - Nordvik Shipping said it now expected core earnings of about $80 million for 2027, "
            + "down from an earlier estimate.\n\nFreight rates fell in 2026."));
    }

    [Fact]
    public void A_year_named_before_the_forecast_figure_is_the_story_year()
    {
        // The finished years alone allow 2026 (after the CEO's arrival in 2025); the forecast says 2028.
        Assert.Equal("2028-08-03", Infer(
            "LONDON, Aug 3 (Reuters) - Calder Brands cut its outlook on Thursday. In March, the group had forecast 2028 "
            + "revenue growth of 3%; it now sees a fall.\n\nChief executive Ana Ruiz took over in June 2025."));
    }

    [Fact]
    public void A_forecast_year_in_a_quotation_is_the_speakers()
    {
        Assert.Equal("2027", Infer(
            "Grain prices fell in 2026.\n\n\"We expect a better harvest for 2029,\" the farmer said."));
    }

    [Fact]
    public void A_year_for_something_other_than_a_forecast_is_left_alone()
    {
        Assert.Equal("2028", Infer("The club signed a striker for 2027 after a long search.\n\nTicket prices rose in 2027."));
    }

    [Fact]
    public void A_forecast_word_of_another_clause_leaves_the_year_alone()
    {
        Assert.Equal("2028", Infer("As expected, sales for 2027 fell 4%, the retailer said.\n\nThe chain opened in 2019."));
    }
}
