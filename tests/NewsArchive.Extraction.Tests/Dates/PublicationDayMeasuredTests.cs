using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The story's day measured from a dated one: a spelled-out yesterday, a count of days after a happening.</summary>
public sealed class PublicationDayMeasuredTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_the_day_after_a_last_night_spelled_out_as_a_date()
    {
        Assert.Equal("2026-09-10", Infer(
            "The new play is a quiet one, and at last night's opening, on Wednesday 9 September, the small house held it well.\n\n"
            + "The writer won a prize in 2024."));
    }

    [Fact]
    public void Takes_the_day_after_a_yesterday_in_brackets()
    {
        Assert.Equal("2026-03-05", Infer("Councillors voted yesterday (Wednesday 4 March) to close the library.\n\nIt opened in 1962."));
    }

    [Fact]
    public void Does_not_read_a_later_date_in_yesterdays_sentence_as_its_spelling()
    {
        Assert.NotEqual("2026-04-01", Infer(
            "Councillors voted yesterday to close the library, which will shut for good on Tuesday 31 March 2026 after a final reading day.\n\n"
            + "It opened in 1962."));
    }

    [Fact]
    public void Counts_days_after_a_dated_happening_when_the_count_lands_on_the_leads_weekday()
    {
        Assert.Equal("2026-10-14", Infer(
            "HARBOR CITY (AP) — State investigators on Wednesday released video of a police shooting at a marina, as the "
            + "dead man's family called for charges 10 days after the shooting.\n\n"
            + "The video shows an officer firing at a parked boat late on Oct. 4.\n\nOfficers there fired their weapons twice before in 2026."));
    }

    [Fact]
    public void Ignores_a_count_of_days_that_does_not_land_on_the_leads_weekday()
    {
        Assert.NotEqual("2026-10-13", Infer(
            "HARBOR CITY (AP) — State investigators on Wednesday released video of a police shooting at a marina, as the "
            + "dead man's family called for charges nine days after the shooting.\n\n"
            + "The video shows an officer firing at a parked boat late on Oct. 4.\n\nOfficers there fired their weapons twice before in 2026."));
    }
}
