using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Two weeks after Hurricane Milton made landfall, …": a lead counted in days or weeks from a known event is the story's day.</summary>
public sealed class PublicationDayAfterKnownEventTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_lead_opening_with_weeks_after_a_known_event_is_that_day()
    {
        Assert.Equal("2024-10-23", Infer(
            "SARASOTA — Two weeks after Hurricane Milton made landfall, crews are still clearing fallen oaks from the county's roads.\n\n"
            + "Officials said the work would take another month."));
    }

    [Fact]
    public void Months_after_a_known_event_fix_no_day()
    {
        Assert.NotEqual("2025-04-09", Infer(
            "SARASOTA — Six months after Hurricane Milton made landfall, crews are still clearing fallen oaks from the county's roads.\n\n"
            + "Officials said the work would take another month."));
    }

    [Fact]
    public void An_interval_inside_the_sentence_is_no_opening()
    {
        Assert.NotEqual("2024-10-23", Infer(
            "Crews began clearing roads two weeks after Hurricane Milton made landfall, and they are still at it.\n\n"
            + "Officials said the work would take another month."));
    }
}
