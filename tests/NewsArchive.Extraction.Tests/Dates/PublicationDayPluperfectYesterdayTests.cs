using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// "The river burst its banks yesterday … forecasters had issued a warning on Saturday, March 7": a dated day told in the
/// past perfect lies before the news, so it is not the story's yesterday.
/// </summary>
public sealed class PublicationDayPluperfectYesterdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Puts_yesterday_after_a_dated_day_told_in_the_past_perfect()
    {
        Assert.Equal("2026-03-09", Infer(
            "Hundreds of homes were flooded when the river burst its banks yesterday.\n\n"
            + "Forecasters had issued an amber warning for the valley on Saturday, March 7, after a wet winter in 2025."));
    }

    [Fact]
    public void Keeps_yesterday_on_a_dated_day_told_in_the_simple_past()
    {
        Assert.Equal("2026-03-08", Infer(
            "Hundreds of homes were flooded when the river burst its banks yesterday.\n\n"
            + "Forecasters issued an amber warning for the valley on Saturday, March 7, after a wet winter in 2025."));
    }
}
