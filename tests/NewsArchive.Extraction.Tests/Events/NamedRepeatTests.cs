namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Saturday's loss", "today's vote": a happening named by its day's possessive, told elsewhere too, is told once.</summary>
public sealed class NamedRepeatTests
{
    [Fact]
    public void Counts_a_possessive_retelling_of_a_told_happening_once()
    {
        var body = "The council will vote on the budget today. Today's vote comes two weeks after a long public hearing.";
        Assert.Equal(["2019-04-12"], EventDates.Of(body, "2019-04-12"));
    }

    [Fact]
    public void Counts_a_possessive_named_before_its_plain_telling_once()
    {
        var body = "The captain will miss Tuesday's home game against Rovers. The Hawks host Rovers on Tuesday night.";
        Assert.Equal(["2019-04-16"], EventDates.Of(body, "2019-04-12"));
    }

    [Fact]
    public void Counts_two_possessives_of_one_day_once()
    {
        var body = "The manager left after Saturday's 3-0 defeat at Rovers. The manner of Saturday's loss ended any debate.";
        Assert.Equal(["2019-04-06"], EventDates.Of(body, "2019-04-12"));
    }

    [Fact]
    public void Keeps_a_possessive_happening_the_article_tells_nowhere_else()
    {
        Assert.Equal(["2019-04-06"], EventDates.Of("The manager left after Saturday's 3-0 defeat at Rovers.", "2019-04-12"));
    }
}
