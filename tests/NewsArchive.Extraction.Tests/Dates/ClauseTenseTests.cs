using NewsArchive.Extraction.Dates;

// Not "Tests.Dates": Articles/ArticleComparison.cs writes "Dates.PartialDate", which such a namespace would capture.
namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class ClauseTenseTests
{
    private static ClauseReading Read(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return ClauseTense.Of(scan, Assert.Single(scan.Mentions));
    }

    [Theory]
    [InlineData("The council will vote in May.")]
    [InlineData("The trial is scheduled to begin on March 12.")]
    [InlineData("She plans to retire next year.")]
    [InlineData("The mayor won't decide until June.")]
    [InlineData("We'll know on Tuesday.")]
    [InlineData("The Senate could take it up as soon as Sept. 12.")]
    [InlineData("He is scheduled to tour damaged areas on Monday.")]
    [InlineData("The agency would release updated figures on Oct. 15.")]
    [InlineData("The trial begins on Monday.")]
    [InlineData("The new law takes effect in July.")]
    [InlineData("The production transfers to Salford on 21 January.")]
    [InlineData("The dividend is payable Dec. 15.")]
    [InlineData("The walkout coincides with the opening of the flower show on 19 March.")]
    [InlineData("The Otters open a four-game road trip at Boston on Tuesday.")]
    public void Reads_the_future_from_its_markers(string text)
    {
        Assert.Equal(Tense.Future, Read(text).Tense);
    }

    [Theory]
    [InlineData("The council voted in May.")]
    [InlineData("He said in March that he will run again.")]
    [InlineData("In 2018, ICE sent 108 requests.")]
    [InlineData("Officials could not be reached on Tuesday.")]
    [InlineData("She would have turned 80 in May.")]
    [InlineData("The trial began on Monday.")]
    [InlineData("The residents published an open letter on Tuesday.")]
    [InlineData("The union had written to the council on Friday.")]
    public void Reads_the_past_from_the_nearest_past_verb(string text)
    {
        var reading = Read(text);
        Assert.Equal(Tense.Past, reading.Tense);
        Assert.True(reading.HasVerb);
    }

    [Theory]
    [InlineData("The firm said on Thursday it would close the plant.")]
    [InlineData("The mayor told reporters Monday the road will reopen.")]
    [InlineData("The regulator said in October it would set up a scheme.")]
    [InlineData("The plans were approved on Tuesday 9 December and will add 600 homes.")]
    public void Reads_a_date_after_a_past_verb_of_saying_or_before_a_coordinated_future_as_the_past(string text) =>
        Assert.Equal(Tense.Past, Read(text).Tense);

    [Theory]
    [InlineData("The city hopes to lift the advisory on Saturday.")]
    [InlineData("Officials are hoping to finish the work by Friday.")]
    public void Reads_hopes_to_as_the_future(string text) => Assert.Equal(Tense.Future, Read(text).Tense);

    [Fact]
    public void Notes_a_present_perfect_clause()
    {
        Assert.True(Read("In 2019, the city has received 40 requests.").Perfect);
        Assert.False(Read("In 2019, the city received 40 requests.").Perfect);
    }

    [Fact]
    public void Does_not_take_the_name_Will_as_a_future_marker()
    {
        Assert.Equal(Tense.Past, Read("Will Carter moved here in May.").Tense);
    }

    [Theory]
    [InlineData("The chairman scheduled a committee vote for Oct. 14.")]
    [InlineData("The hearing was set for March 4.")]
    [InlineData("The council slated the final reading for June 2.")]
    public void Reads_a_date_something_was_scheduled_for_as_ahead_of_the_scheduling(string text)
    {
        Assert.Equal(Tense.Future, Read(text).Tense);
    }

    [Fact]
    public void Reads_a_date_after_for_as_past_when_nothing_was_scheduled()
    {
        Assert.Equal(Tense.Past, Read("The council voted for Oct. 14 as the opening day.").Tense);
    }

    [Fact]
    public void Reads_a_would_clause_before_and_a_past_verb_as_future()
    {
        Assert.Equal(Tense.Future, Read("The mayor said the county would open shelters at noon Tuesday and urged residents to leave.").Tense);
    }
}
