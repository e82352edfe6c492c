using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A school or fiscal year told as the one under way (or about to start) holds the story's year.</summary>
public sealed class PublicationYearCurrentSpanTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Puts_a_dateline_day_in_the_school_year_told_as_running()
    {
        Assert.Equal("2023-02-09", Infer(
            "PORTLAND, Feb. 9 — The district said on Thursday that students may keep learning online through the end of the 2022-23 school year.\n\n"
            + "The district closed its buildings in March 2020."));
    }

    [Fact]
    public void Puts_a_dateline_day_in_the_calendar_a_present_clause_counts_on()
    {
        Assert.Equal("2024-01-18", Infer(
            "SPRINGFIELD, Jan. 18 — The storm leaves the district with one snow day on the 2023-24 calendar, officials said.\n\n"
            + "A tornado closed schools in April 2019."));
    }

    [Fact]
    public void Puts_the_story_before_a_school_year_told_as_about_to_start()
    {
        Assert.Equal("2019-03-12", Infer(
            "AUSTIN, March 12 — The new officers could be on campuses before the start of the 2019-20 school year, the board said.\n\n"
            + "The district's last levy passed in 2014."));
    }

    [Fact]
    public void Leaves_a_school_year_told_as_over()
    {
        Assert.Equal("2025-05-05", Infer(
            "BOSTON, May 5 — Enrollment fell by 4 percent during the 2019-20 school year, the report found.\n\n"
            + "The report was commissioned in 2024."));
    }

    [Fact]
    public void Reads_a_span_started_by_the_clauses_own_verb_as_about_to_start()
    {
        // Without a day, the year is the first the span allows, not the first after the finished happening.
        Assert.Equal("2023", Infer(
            "Riverside schools will start the 2024-25 school year short of bus drivers, officials said.\n\n"
            + "The district last raised driver pay in 2021."));
    }

    [Fact]
    public void Gives_a_year_in_the_running_span_when_no_day_is_told()
    {
        Assert.Equal("2023", Infer(
            "Pupils may keep learning online through the end of the 2023-24 school year, the trust said.\n\n"
            + "The buildings were closed in 2020."));
    }
}
