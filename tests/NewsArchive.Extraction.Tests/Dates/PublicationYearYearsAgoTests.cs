using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"the ferry, which sank in March 2009, ten years ago": a dated happening beside its distance back dates the story.</summary>
public sealed class PublicationYearYearsAgoTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_forward_from_a_year_set_off_by_a_comma()
    {
        Assert.Equal("2019", Infer(
            "The footbridge, which opened in 2013, six years ago, needs new decking, engineers said.\n\n"
            + "Repairs were carried out in 2016."));
    }

    [Fact]
    public void Counts_forward_from_a_month_and_keeps_the_day_the_text_gives()
    {
        Assert.Equal("2021-12-02", Infer(
            "The planning board decides the scheme today (December 2). The tram line it would extend opened in May 2013, "
            + "eight and a half years ago, and ridership has doubled since."));
    }

    [Fact]
    public void Counts_forward_past_the_noun_the_date_names()
    {
        Assert.Equal("2019", Infer(
            "The queues were the longest since a March 2011 fuel strike, eight years ago, that emptied half the forecourts.\n\n"
            + "Drivers said they had waited for hours."));
    }

    [Fact]
    public void Leaves_a_count_after_a_verb_of_its_own()
    {
        // "opened in 2011" and "closed … two years ago" are two happenings.
        Assert.NotEqual("2013", Infer(
            "The depot opened in 2011 and then closed suddenly, two years ago, leaving 40 drivers without work.\n\n"
            + "Its owners sold the site in 2023."));
    }

    [Fact]
    public void Reads_a_decade_before_the_year_it_names()
    {
        Assert.Equal("2020", Infer(
            "River traffic was halted a decade ago, during the dry summer of 2010, and shippers fear a repeat.\n\n"
            + "Barge operators met in Memphis."));
    }

    [Fact]
    public void Adds_the_month_of_last_month()
    {
        Assert.Equal("2021", Infer(
            "The last great storm, which struck on December 20, 1990, 30 years ago last month, flattened the pier.\n\n"
            + "The council debated sea defences."));
    }

    [Fact]
    public void Leaves_a_count_that_belongs_to_another_happening()
    {
        // The company was founded in 1990; it was sold two years ago: two happenings, no count from 1990.
        Assert.NotEqual("1992", Infer(
            "The company was founded in 1990 and its owners sold it two years ago to a private equity firm.\n\n"
            + "Its new chief executive started in 2023."));
    }

    [Fact]
    public void Ignores_a_count_inside_a_quotation()
    {
        Assert.NotEqual("2025", Infer(
            "\"We opened in 2015, ten years ago, and never closed a day,\" the owner said.\n\n"
            + "The shop was sold in 2019."));
    }
}
