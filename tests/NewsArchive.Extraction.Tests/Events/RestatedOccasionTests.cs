namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"earlier this month, at the board's meeting on 6 November": a looser date restated by a day after a phrase naming the occasion is one happening.</summary>
public sealed class RestatedOccasionTests
{
    [Fact]
    public void Keeps_only_the_day_of_a_restated_month()
    {
        Assert.Equal(["2027-11-06"], EventDates.Of(
            "The plan was approved earlier this month, at the board's monthly meeting on 6 November.", "2027-11-20"));
    }

    [Fact]
    public void Keeps_both_when_a_verb_comes_between()
    {
        Assert.Equal(["2027-11", "2027-11-06"], EventDates.Of(
            "The plan was drafted earlier this month, at a time when talks collapsed on 6 November.", "2027-11-20"));
    }
}
