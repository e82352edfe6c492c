using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>Inferring the story's day from counts, coming limits and the order of the weekdays it tells.</summary>
public sealed class PublicationDayCountTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_back_a_fortnight_from_a_coming_date()
    {
        Assert.Equal("2026-03-28", Infer("They host Toulouse a fortnight today, on 11 April.\n\nBath won the final in June 2025."));
    }

    [Theory]
    [InlineData("Organisers are racing to finish the stadium with two weeks to go until 4 July. It was designed in 2025.", "2026-06-20")]
    [InlineData("There are nine days remaining before the Oct. 31 deadline, officials said. The rule was passed in 2025.", "2026-10-22")]
    public void Counts_back_what_is_left_before_a_coming_date(string body, string expected)
    {
        Assert.Equal(expected, Infer(body));
    }

    [Fact]
    public void Does_not_count_back_a_happening_days_before_a_date()
    {
        Assert.NotEqual("2026-03-10", Infer("The firm filed its bid 10 days before the March 20 deadline. The tender opened in 2025."));
    }

    [Fact]
    public void Counts_back_weeks_from_tomorrow()
    {
        Assert.Equal("2026-04-22", Infer("The debate turned hostile last night.\n\nPolling day is Thursday 7 May, two weeks from tomorrow."));
    }

    [Fact]
    public void Takes_the_weekday_whose_week_holds_the_others_before_a_coming_limit()
    {
        // Thursday to Monday stay open before the schools reopen: the first of them, the Thursday.
        var (published, eventsDay) = StoryDayReading.Of(
            "The storm crashed ashore early Wednesday.\n\nThe governor had ordered evacuations on Monday. "
            + "One resident left her home on Tuesday afternoon.\n\nSchools will reopen on Tuesday, Sept. 8.", Today);
        Assert.Equal("2026-09-03", published);
    }

    [Fact]
    public void Puts_the_weekdays_told_after_the_latest_dated_happening()
    {
        Assert.Equal("2026-03-06", Infer(
            "The rocket lifted off on Thursday.\n\nA first attempt on 26 February was halted. A second, on Monday, was called off.\n\n"
            + "The company was founded in 2025."));
    }

    [Fact]
    public void Reads_an_agency_dateline_under_a_wire_storys_summary()
    {
        Assert.Equal("2026-06-03", Infer(
            "* Supplier to pay 28 mln stg\n\n* Regulator says 41,000 customers were wrongly moved\n\n"
            + "(Adds analyst comment, shares, background in paragraphs 6-10)\n\nBy Jane Roe\n\n"
            + "LONDON, June 3 (Reuters) - The regulator on Wednesday fined a supplier 28 million pounds."));
    }
}
