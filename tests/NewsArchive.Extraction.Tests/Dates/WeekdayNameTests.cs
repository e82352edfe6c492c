using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A weekday inside a capitalized name (a club, a newspaper) is that name throughout the article.</summary>
public sealed class WeekdayNameTests
{
    [Fact]
    public void Reads_a_weekday_after_a_capitalized_word_as_a_name_everywhere_in_the_article()
    {
        Assert.Empty(EventDates.Of("Sheffield Wednesday climbed to 18th. The result lifts Wednesday out of the zone.", "2026-11-21"));
    }

    [Fact]
    public void Reads_a_weekday_before_a_capitalized_word_as_a_name()
    {
        Assert.Empty(EventDates.Of("The resident told Wednesday Journal she was scared.", "2026-10-19"));
    }

    [Fact]
    public void Keeps_named_days_and_weekdays_after_prepositions_as_dates()
    {
        Assert.Equal(["2026-11-27"], EventDates.Of("Shoppers queued for Black Friday deals on Friday.", "2026-11-28"));
        Assert.Equal(["2026-10-13"], EventDates.Of("On Tuesday night the council voted.", "2026-10-14"));
    }
}
