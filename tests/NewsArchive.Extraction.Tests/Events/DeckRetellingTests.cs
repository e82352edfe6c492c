namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A date the deck above the byline gives, which the story gives too, is the story's happening told again.</summary>
public sealed class DeckRetellingTests
{
    private static List<string> Dates(string body) => EventDates.Of(body, "2019-04-12");

    [Fact]
    public void Counts_a_deck_day_the_story_retells_once()
    {
        var body = "Storm floods Ashby\n\nThe mayor toured the damage on Thursday afternoon.\n\nBy Ann Lee, Courier\n\n"
            + "ASHBY — The mayor, who visited the town on Thursday afternoon, asked for state help.";
        Assert.Equal(["2019-04-11"], Dates(body));
    }

    [Fact]
    public void Keeps_a_deck_date_the_story_does_not_give()
    {
        var body = "Ashby votes to close pool\n\nThe pool will shut in June.\n\nBy Ann Lee, Courier\n\n"
            + "ASHBY — The council voted on Thursday to close the pool.";
        Assert.Equal(["2019-06", "2019-04-11"], Dates(body));
    }

    [Fact]
    public void Leaves_an_article_without_a_byline_alone()
    {
        var body = "The mayor toured the damage on Thursday afternoon.\n\nThe mayor, who visited the town on Thursday afternoon, asked for state help.";
        Assert.Equal(["2019-04-11", "2019-04-11"], Dates(body));
    }
}
