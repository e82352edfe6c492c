using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Ten years on from the 2015 floods", "now in its 25th year": a count of years from a stated year is the story's year.</summary>
public sealed class PublicationYearCountedOnTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_years_on_from_a_stated_year()
    {
        Assert.Equal("2025", Infer(
            "Ten years on from the 2015 floods, residents say the new barrier has changed little.\n\n"
            + "The council spent £4m on defences in 2020."));
    }

    [Fact]
    public void Counts_an_event_in_its_nth_year_from_its_first()
    {
        Assert.Equal("2028", Infer(
            "The book festival, which was first held in 2004, is now in its 25th year.\n\n"
            + "Ticket sales fell in 2026, organisers said."));
    }

    [Fact]
    public void Dates_a_moving_holiday_story_in_the_year_counted_on()
    {
        Assert.Equal("2027-03-30", Infer(
            "Lifeboat crews were called out twice yesterday, Easter Monday, to walkers cut off by the tide.\n\n"
            + "Eight years on from the 2019 rescue that made national headlines, the station has a new boat.\n\n"
            + "The station was refitted in 2022."));
    }

    [Fact]
    public void Leaves_years_after_told_of_the_past_alone()
    {
        Assert.NotEqual("2025", Infer(
            "Ten years after the 2015 floods the barrier was finished.\n\nThe council spent £4m on defences in 2020."));
    }

    [Fact]
    public void Leaves_an_nth_year_a_coming_happening_falls_in()
    {
        // The closure comes in the school's 129th year (2028-29): that does not hold the story, told the day after Tuesday 13 March.
        Assert.Equal("2029-03-14", Infer(
            "A report published yesterday (Tuesday, March 13) recommends closing the village school.\n\n"
            + "The school, which opened in 1900, would close in its 129th year.\n\n"
            + "Inspectors rated it inadequate in October 2027."));
    }
}
