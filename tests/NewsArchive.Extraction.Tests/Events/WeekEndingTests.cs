namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"in the week ending 11 January": the end of a week or month whose figures are given is a period, not a happening.</summary>
public sealed class WeekEndingTests
{
    [Fact]
    public void Leaves_the_end_of_a_week_of_figures()
    {
        Assert.Equal(["2027-01-19"], EventDates.Of(
            "Figures published on Tuesday showed 61% of patients were seen within four hours in the week ending 17 January.", "2027-01-21"));
    }

    [Fact]
    public void Leaves_the_end_of_a_month_of_figures()
    {
        Assert.Empty(EventDates.Of("Sales rose 4% in the month ending 31 March.", "2027-04-21"));
    }
}
