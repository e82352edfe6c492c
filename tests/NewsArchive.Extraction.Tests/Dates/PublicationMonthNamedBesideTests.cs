using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A month named beside "last month" or "next month" tells the story's month (see StoryMonth).</summary>
public sealed class PublicationMonthNamedBesideTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void A_month_named_beside_last_month_makes_the_story_the_month_after()
    {
        var (published, eventsDay) = StoryDayReading.Of(
            "The inquiry heard evidence for three days last month, in June.\n\nThe collapse happened in March 2025.", Today);
        Assert.Equal("2025-07", published);
        Assert.Equal("2025-07-15", eventsDay);
    }

    [Fact]
    public void A_dated_day_named_beside_next_month_makes_the_story_the_month_before()
    {
        var (published, _) = StoryDayReading.Of(
            "Fares will rise from 2 January, next month, the operator said.\n\nThe last rise came in March 2024.", Today);
        Assert.Equal("2024-12", published);
    }

    [Fact]
    public void A_day_named_beside_last_month_makes_the_story_the_month_after_it()
    {
        var (published, _) = StoryDayReading.Of(
            "Last month, on 3 March, the council voted to close the library.\n\nThe library opened in 2020.", Today);
        Assert.Equal("2021-04", published);
    }

    [Fact]
    public void A_day_told_last_month_outranks_a_coming_day_in_its_own_month()
    {
        // Jan. 29 and Feb. 26 would make January the story's month, but "last month" puts Jan. 29 in the month before.
        var (published, _) = StoryDayReading.Of(
            "The council voted last month, on Jan. 29, to raise fees.\n\nThe new fees take effect Feb. 26.\n\nFees last rose in 2023.", Today);
        Assert.Equal("2024-02", published);
    }

    [Fact]
    public void A_month_told_apart_from_last_month_says_nothing_of_the_story()
    {
        var (published, _) = StoryDayReading.Of(
            "Sales fell last month. In June, the firm cut 40 jobs.\n\nThe firm was founded in 2019.", Today);
        Assert.NotEqual("2019-07", published);
        Assert.NotEqual("2020-07", published);
    }
}
