using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"to close after 13 years" with "The club opened in 2011": the story comes that long after the dated beginning.</summary>
public sealed class PublicationYearAfterYearsTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body, string headline = "Title")
    {
        var doc = TestDocument.FromParagraphs(body) with { Title = headline };
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_from_the_opening_the_text_dates()
    {
        Assert.Equal("2019", Infer(
            "The corner bookshop will shut its doors after 24 years, its owners said.\n\n"
            + "The shop opened in 1995 in a former bank, and it survived a fire in 2012."));
    }

    [Fact]
    public void Counts_a_headline_interval_from_the_opening_the_text_dates()
    {
        Assert.Equal("2021", Infer(
            "The owners said rising rents had left them no choice.\n\n"
            + "The diner opened in 1989 on the corner of Main Street and was renovated in 2015.",
            headline: "Main Street diner to close after 32 years"));
    }

    [Fact]
    public void A_stretch_of_something_is_no_count_from_a_beginning()
    {
        // "after two years of roadworks" measures the works, not the time since the 2025 opening (which would give 2027).
        Assert.Equal("2026", Infer(
            "Traders cheered as the street reopened after two years of roadworks.\n\n"
            + "The market opened in 2025 beside the old bus station."));
    }

    [Fact]
    public void A_count_and_a_beginning_sentences_apart_say_nothing_together()
    {
        // Past the lead, the homecoming's "after 12 years" is not counted from the library's opening two sentences on (2013).
        Assert.NotEqual("2013", Infer(
            "The roads were cleared on Tuesday.\n\nSchools will reopen next month.\n\nThe mayor thanked the crews.\n\n"
            + "Residents returned to the valley after 12 years, the council said.\n\n"
            + "The bridge was repaired on Monday.\n\nThe library opened in 2001 and was extended in 2010."));
    }

    [Fact]
    public void A_first_without_a_verb_is_no_beginning()
    {
        // "the first half of 2015" dates results, not a beginning, so the "after three years" does not count from it (2018).
        Assert.NotEqual("2018", Infer(
            "The firm returned to profit after three years, it said.\n\n"
            + "Its results for the first half of 2015 were weak."));
    }
}
