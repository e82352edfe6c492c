namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Voters stayed away from the polls on Thursday": "stayed away" is something done, like "stood down", not a state held.</summary>
public sealed class StayedAwayTests
{
    [Fact]
    public void Dates_stayed_away_as_a_happening()
    {
        Assert.Equal(["2019-12-26"], EventDates.Of("Shoppers stayed away from the town's market yesterday.", "2019-12-27"));
    }

    [Fact]
    public void Keeps_stayed_closed_a_state()
    {
        Assert.Empty(EventDates.Of("The road stayed closed on Monday.", "2019-12-27"));
    }
}
