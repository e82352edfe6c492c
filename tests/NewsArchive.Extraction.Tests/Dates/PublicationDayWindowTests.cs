using NewsArchive.Extraction;
using NewsArchive.Extraction.Tests.Reading;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// A past happening and a coming dated one bracket the story: its day only when one day lies between them (or a
/// "today"/"yesterday" counts from it), else its month, with the events still read against the day the weekdays reach.
/// </summary>
public sealed class PublicationDayWindowTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Gives_the_month_when_a_week_lies_between_the_past_and_the_coming_happening()
    {
        var (published, eventsDay) = StoryDayReading.Of(
            "The district closed the library on Monday, March 9, after inspectors found mould in the reading room.\n\n"
            + "Books will be lent from a mobile van starting March 16, a spokesman said.\n\nThe building was last repaired in 2025.", Today);
        Assert.Equal("2026-03", published);
        Assert.Equal("2026-03-10", eventsDay);
    }

    [Fact]
    public void Gives_the_day_when_only_one_day_lies_between_them()
    {
        var (published, _) = StoryDayReading.Of(
            "The council voted on Tuesday to close the pool.\n\n"
            + "Residents will meet the mayor on Thursday, March 12.\n\nThe pool opened in 2025.", Today);
        Assert.Equal("2026-03-11", published);
    }

    [Fact]
    public void Gives_the_day_when_a_yesterday_counts_from_the_story()
    {
        var (published, _) = StoryDayReading.Of(
            "The district closed the library on Monday, March 9, and parents protested outside it yesterday.\n\n"
            + "Books will be lent from a mobile van starting March 23, a spokesman said.\n\nThe building was last repaired in 2025.", Today);
        Assert.NotNull(published);
        Assert.Equal(10, published!.Length);
    }

    [Fact]
    public void Keeps_the_day_after_a_dated_happening_that_nothing_coming_brackets()
    {
        var (published, _) = StoryDayReading.Of(
            "The district closed the library on Monday, March 9, after inspectors found mould in the reading room.\n\n"
            + "The building was last repaired in 2025.", Today);
        Assert.Equal("2026-03-10", published);
    }

    [Fact]
    public void Gives_the_month_when_the_story_places_its_news_earlier_this_month()
    {
        var (published, eventsDay) = StoryDayReading.Of(
            "At a meeting earlier this month, on Monday, March 9, the board agreed to sell the site.\n\n"
            + "The building was last repaired in 2025.", Today);
        Assert.Equal("2026-03", published);
        Assert.Equal("2026-03-10", eventsDay);
    }

    [Fact]
    public void Gives_the_month_when_the_news_is_told_as_last_week_s()
    {
        var (published, _) = StoryDayReading.Of(
            "The gale that struck the coast last Monday, March 9, tore the roof off the lifeboat station.\n\n"
            + "The station was built in 2025.", Today);
        Assert.Equal("2026-03", published);
    }

    [Fact]
    public void Does_not_take_the_end_of_a_lasting_state_as_a_coming_happening()
    {
        var (published, _) = StoryDayReading.Of(
            "Bus drivers walked out on Monday, March 9, over pay.\n\n"
            + "The strike is running until 11pm on Friday 13 March.\n\nThe last strike was in 2025.", Today);
        Assert.Equal(10, published!.Length);
    }

    [Fact]
    public void Reads_a_weekday_of_a_month_dated_story_against_the_day_the_weekdays_reach()
    {
        var body = "The district closed the library on Monday, March 9, after inspectors found mould in the reading room.\n\n"
            + "Books will be lent from a mobile van starting March 16, a spokesman said.\n\nThe building was last repaired in 2025.";
        var extraction = new ArticleExtractor().Extract(TestDocument.FromParagraphs(body));
        Assert.Equal("2026-03", extraction.Published?.Date.ToIso());
        Assert.Contains(extraction.Events, e => e.Date.ToIso() == "2026-03-09");
    }
}
