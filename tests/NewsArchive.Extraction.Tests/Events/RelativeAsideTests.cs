namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "will debate the bill, which passed the Senate in March, on 4 June": a relative clause told as an aside before the
/// date has its own time; the date's tense is that of the predicate around it.
/// </summary>
public sealed class RelativeAsideTests
{
    [Fact]
    public void Dates_a_coming_debate_after_an_aside_in_the_past_to_the_coming_day()
    {
        Assert.Equal(["2027-06-04"], EventDates.Of(
            "The assembly will consider the complaint, which gathered more than 9,000 names, on 4 June.", "2027-05-20"));
    }

    [Fact]
    public void Dates_a_past_vote_after_an_aside_to_the_past_day()
    {
        Assert.Equal(["2027-05-04"], EventDates.Of(
            "The assembly rejected the complaint, which will now go to the courts, on 4 May.", "2027-05-20"));
    }
}
