using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.Dates;

/// <summary>"Rockets: Host Memphis on Monday, Nov. 23.": an "up next" line lists coming games, each an event ahead of the story.</summary>
public sealed class FixtureLineTests
{
    [Theory]
    [InlineData("Rovers: Host the Harbour City Hawks on Tuesday.", "2019-04-16")]
    [InlineData("Rovers: Hosts Kingsbridge on Saturday, April 20.", "2019-04-20")]
    [InlineData("Kingsbridge: At the Harbour City Hawks on Sunday.", "2019-04-14")]
    [InlineData("Harbour City: Open a three-game series at Kingsbridge on Saturday night.", "2019-04-13")]
    public void Dates_a_coming_game_in_an_up_next_line(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2019-04-12"));
    }

    [Fact]
    public void Dates_every_game_a_line_lists()
    {
        Assert.Equal(["2019-04-12", "2019-04-13"],
            EventDates.Of("Hawks: At Kingsbridge on Friday night and at Rovers on Saturday.", "2019-04-11"));
    }

    [Fact]
    public void Leaves_a_past_game_told_after_a_colon_in_the_past()
    {
        Assert.Equal(["2019-04-09"], EventDates.Of("Hawks: At Kingsbridge on Tuesday, the Hawks lost 3-1.", "2019-04-12"));
    }
}
