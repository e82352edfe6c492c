namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "would meet with union leaders this month": a verb of happening or of a coming act a few words before "this month",
/// its object between, is dated by the month; the month as a period ("calls this month") is not.
/// </summary>
public sealed class ThisMonthVerbTests
{
    [Fact]
    public void Dates_a_coming_meeting_this_month()
    {
        Assert.Equal(["2027-10"], EventDates.Of("The company said it would meet with union leaders this month.", "2027-10-06"));
    }

    [Fact]
    public void Dates_a_report_published_this_month()
    {
        Assert.Equal(["2027-10"], EventDates.Of("A study released by the county this month found rents had doubled.", "2027-10-06"));
    }

    [Fact]
    public void Leaves_a_tally_within_the_month()
    {
        Assert.Empty(EventDates.Of("It was the second rescue off the pier this month.", "2027-10-06"));
    }
}
