using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The publication-date cues a story's text gives: wire datelines, countdowns, past-perfect weekdays.</summary>
public sealed class PublicationDateCuesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_a_wire_dateline_below_summary_bullets_and_a_byline_as_the_day()
    {
        Assert.Equal("2026-03-03", Infer(
            "* Orders up 1.4% against a 0.9% forecast\n\n* Transport equipment leads the gains\n\n(Adds economist comment in paragraph 4)\n\n"
            + "By Lena Okafor\n\nWASHINGTON, March 3 (Reuters) - New orders for factory goods rose in January, the department said on Tuesday.\n\n"
            + "Orders fell in December 2025, revised data showed."));
    }

    [Fact]
    public void Does_not_take_a_date_in_ordinary_prose_as_a_wire_dateline()
    {
        Assert.Null(Infer("The board met for an hour on the plan, and members argued over it at length.\n\n"
            + "LONDON, March 3 - Something else happened."));
        Assert.Null(Infer("The board met for an hour.\n\nThe mayor said on March 4 (Reuters) - that the plan was dead."));
    }

    [Theory]
    [InlineData("The walkout had been due to begin a fortnight today, on Friday 20 March.", "2026-03-06")]
    [InlineData("Polling day is Thursday 7 May, two weeks from tomorrow.", "2026-04-22")]
    [InlineData("The bridge will reopen ten days from today, on Friday 13 March, the council said.", "2026-03-03")]
    [InlineData("The final is a week today (Saturday 14 March).", "2026-03-07")]
    public void Counts_back_from_a_coming_date_told_as_so_long_from_today_or_tomorrow(string sentence, string expected)
    {
        Assert.Equal(expected, Infer(sentence + "\n\nThe scheme was first proposed in January 2025."));
    }

    [Fact]
    public void Puts_a_countdown_after_the_finished_happenings_when_the_year_named_last_is_past()
    {
        Assert.Equal("2026-03-28", Infer(
            "Bath, who won last season's final in June 2025, host Toulouse a fortnight today, on 11 April."));
    }

    [Fact]
    public void Does_not_let_a_past_perfect_weekday_move_the_story_past_its_lead()
    {
        // The lead's Thursday is the news (the story runs the next day); the sheriff's warning "had" come on Monday, before it.
        Assert.Equal("2026-08-14", Infer(
            "A wildfire forced hundreds of residents to flee early Thursday as it jumped a highway.\n\n"
            + "Sheriff Ana Ortiz, who had warned residents on Monday to prepare to leave, said deputies went door to door.\n\n"
            + "Schools will remain closed through Tuesday, Aug. 18, the district said. The area last burned in 2020."));
    }

    [Fact]
    public void Dates_a_weekday_happening_a_week_after_a_dated_one_on_the_same_weekday()
    {
        // 26 February 2026 is a Thursday: a launch told "on Thursday" after an attempt dated 26 February is the next one, and the story runs the day after it.
        Assert.Equal("2026-03-06", Infer(
            "The rocket lifted off at 2.17pm on Thursday.\n\nA first attempt on 26 February was halted by a faulty valve.\n\n"
            + "The company was founded in 2025."));
    }

    [Fact]
    public void Puts_a_coming_weekday_listed_before_a_coming_date_in_the_days_before_that_date()
    {
        // Game 3 on Friday comes before Game 4 on Sunday 26 April, so the story's Tuesday is 21 April, not the 25th; the
        // days up to Friday stay open: the first of them, the day after the Tuesday.
        var (published, eventsDay) = StoryDayReading.Of(
            "The Hawks beat the Owls 101-99 on Tuesday night to lead the series 2-0.\n\n"
            + "Their center was hurt in Game 1 on Saturday. The Hawks lost the final in 2025.\n\n"
            + "Game 3 is Friday night, with Game 4 set for Sunday, April 26.", Today);
        Assert.Equal("2026-04-22", published);
    }

    [Theory]
    [InlineData("Halden marks the 50th anniversary of the Carver Mill fire today, April 14. The fire in 1976 killed nine workers. The site became a park in 2019.", "2026-04-14")]
    [InlineData("Today, April 14, marks 20 years since the bridge collapsed in 2006. It was rebuilt in 2009.", "2026-04-14")]
    [InlineData("The council voted on Tuesday, days after the third anniversary of the March 2, 2021, tornado, and it marks a turn. "
        + "The last hearing was on Feb. 20. Letters go out April 9.", "2024")]
    public void Takes_the_year_of_an_anniversary_the_story_marks(string body, string expected)
    {
        Assert.StartsWith(expected, Infer(body));
    }

    [Fact]
    public void Does_not_take_the_year_of_an_anniversary_marked_in_the_past()
    {
        Assert.Equal("2020-04-14", Infer(
            "The town held a service today, April 14. In 2016 it marked the 40th anniversary of the 1976 fire. The site became a park in 2019."));
    }

    [Fact]
    public void Measures_today_from_the_dated_happening_it_follows()
    {
        Assert.Equal("2026-03-09", Infer(
            "The drummer died at his home on Friday, March 6.\n\n"
            + "His bandmates paid tribute in a statement this morning, three days after his death.\n\nHe joined the band in 1998."));
    }

    [Fact]
    public void Does_not_measure_from_a_happening_when_the_sentence_tells_no_today()
    {
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-03-07", Infer(
            "The drummer died at his home on Friday, March 6.\n\n"
            + "The band cancelled a show two days after his death was announced.\n\nHe joined the band in 1998."));
    }
}
