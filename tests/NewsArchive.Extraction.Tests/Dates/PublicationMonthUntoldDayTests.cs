using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// The eve of a coming day is only the story's month when nothing tells the day (see UntoldStoryDay); the events are
/// still read against that eve.
/// </summary>
public sealed class PublicationMonthUntoldDayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Gives_the_month_when_only_a_coming_dated_day_bounds_the_story()
    {
        var (published, eventsDay) = StoryDayReading.Of(
            "The corner bakery will close for good on Sunday, March 15, its owners said.\n\nThe shop opened in 2019.", Today);
        // The first year after 2019 in which March 15 is a Sunday.
        Assert.Equal("2020-03", published);
        Assert.Equal("2020-03-14", eventsDay);
    }

    [Fact]
    public void Gives_the_month_holding_most_of_the_days_left_open()
    {
        // After Saturday, Jan. 24 and before Monday, Feb. 2: seven January days, one February day.
        var body = "The storm arrived on Saturday, Jan. 24 and left roads glazed with ice.\n\nSchools will reopen on Monday, Feb. 2, the district said.";
        Assert.Equal("2026-01", UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 2, 1))?.ToIso());
    }

    [Fact]
    public void Reads_a_happening_told_earlier_this_month_as_no_yesterday()
    {
        // "earlier this month" says the meeting is not the story's yesterday, whatever the day after it would give.
        var body = "The board approved the plan earlier this month, on Tuesday, March 10.\n\nThe plan was drafted in 2024.";
        Assert.Equal("2026-03", UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 3, 11))?.ToIso());
    }

    [Fact]
    public void Reads_a_happening_told_last_week_as_of_the_week_before_the_story()
    {
        // The week after Friday, March 6, 2026 runs from March 9 to 15: March.
        var body = "The plant closed last week, on Friday, March 6, with the loss of 200 jobs.";
        Assert.Equal("2026-03", UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 3, 7))?.ToIso());
    }

    [Fact]
    public void Reads_a_happening_told_last_month_as_of_the_month_before_the_story()
    {
        var body = "The council voted last month, on Jan. 29, to raise fees.";
        Assert.Equal("2026-02", UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 1, 30))?.ToIso());
    }

    [Fact]
    public void Keeps_the_day_when_a_finished_happening_falls_the_day_before()
    {
        var (published, _) = StoryDayReading.Of(
            "The council voted on Tuesday, March 10 to close the pool.\n\nThe mayor will sign the order on Thursday, March 12.", Today);
        Assert.Equal("2026-03-11", published);
    }

    [Fact]
    public void Keeps_the_day_the_story_tells_by_its_own_neighbours()
    {
        var body = "The owners said yesterday that the corner bakery will close for good on Sunday, March 15.\n\nThe shop opened in 2019.";
        Assert.Null(UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void Keeps_the_day_a_count_to_the_coming_day_tells()
    {
        var body = "With one day to go before the final on Sunday, March 15, fans queued for tickets.\n\nThe club last reached it in 2019.";
        Assert.Null(UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void Reads_the_eve_of_a_coming_day_after_nothing_finished_as_untold()
    {
        var body = "The corner bakery will close for good on Sunday, March 15, its owners said.";
        Assert.Equal("2026-03", UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 3, 14))?.ToIso());
    }

    [Fact]
    public void Counts_the_days_of_each_month_between_when_the_open_days_span_three()
    {
        // After Friday, Jan. 30 and before Monday, March 2: one January day, all 28 of February, one March day.
        var body = "The storm arrived on Friday, Jan. 30 and left roads glazed with ice.\n\nSchools will reopen on Monday, March 2, the district said.";
        Assert.Equal("2026-02", UntoldStoryDay.Month(Scan(body), new DateOnly(2026, 3, 1))?.ToIso());
    }

    private static DateScan Scan(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new DateMentionFinder().Find(doc.Body, new SentenceSplitter().Split(body, doc.Paragraphs));
    }
}
