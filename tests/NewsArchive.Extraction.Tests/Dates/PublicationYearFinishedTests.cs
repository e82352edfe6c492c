using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Ridership fell between 2021 and 2027": a year told as over is before the story's, whose dates fall after it.</summary>
public sealed class PublicationYearFinishedTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_date_without_a_year_falls_after_the_latest_finished_year()
    {
        Assert.Equal("2028-06-02", Infer(
            "Today's vote comes two weeks after a May 19 public hearing on the route.\n\nRidership fell between 2021 and 2027."));
    }

    [Fact]
    public void A_date_without_a_year_falls_after_a_whole_year_told_as_over()
    {
        Assert.Equal("2029-03-16", Infer(
            "The decision comes a week after a March 9 inspection found damp in six flats.\n\nRepairs cost the council £2m in 2028."));
    }

    [Fact]
    public void A_simple_past_year_after_a_perfect_clause_is_over()
    {
        Assert.Equal("2028-05-06", Infer(
            "CHICAGO, May 6 (Reuters) - Corn prices have fallen by a third since their 2025 peak, and grain handlers' "
            + "earnings fell sharply in 2027 as storage filled up."));
    }

    [Fact]
    public void A_year_in_a_perfect_clause_may_be_the_storys()
    {
        Assert.Equal("2028-05-06", Infer(
            "CHICAGO, May 6 (Reuters) - Freight costs have risen sharply in 2028, the company said.\n\nVolumes fell in 2027."));
    }

    [Fact]
    public void What_a_present_span_runs_since_has_begun()
    {
        // "since the first strike in April 2026" puts the story after it, though its clause is in the present.
        Assert.Equal("2027-01-02", Infer(
            "Wards were full yesterday, on New Year's Day.\n\n"
            + "It is the fifth walkout since the first strike in April 2026. Pay has been eroded since 2010."));
    }
}
