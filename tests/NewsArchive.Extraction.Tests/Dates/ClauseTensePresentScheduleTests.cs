using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.Dates;

/// <summary>A present-tense release or occasion with its date lies ahead; "a plan to" after a determiner is a noun.</summary>
public sealed class ClauseTensePresentScheduleTests
{
    [Theory]
    [InlineData("The agency's planting report comes out March 31.", "2019-03-31")]
    [InlineData("Tickets go on sale Monday morning.", "2019-03-18")]
    [InlineData("Local elections take place across England on 2 May.", "2019-05-02")]
    public void Dates_a_present_tense_release_ahead_of_the_story(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2019-03-12"));
    }

    [Fact]
    public void Reads_a_plan_after_a_determiner_as_a_noun_in_a_past_clause()
    {
        Assert.Equal(["2019-01"], EventDates.Of("In January ministers dropped a plan to strip councillors of the power.", "2019-06-12"));
    }
}
