namespace NewsArchive.Extraction.Tests.Events;

/// <summary>What "could" or "might" happen on a date is a possibility, not a happening.</summary>
public sealed class PossibilityTests
{
    [Fact]
    public void Reads_could_before_a_year_as_a_possibility()
    {
        Assert.Empty(EventDates.Of("Construction of the second terminal could begin in 2028 if the airport wins planning approval.", "2026-05-12"));
    }

    [Fact]
    public void Reads_a_relative_clause_with_might_as_a_possibility()
    {
        Assert.Empty(EventDates.Of("Ministers are weighing a levy that might take effect in April.", "2026-01-12"));
    }

    [Fact]
    public void Keeps_what_could_not_happen_on_a_day()
    {
        Assert.Single(EventDates.Of("The council could not meet on Monday because of the strike.", "2026-05-12"));
    }

    [Fact]
    public void Keeps_a_plan_told_with_will()
    {
        Assert.Equal(["2028"], EventDates.Of("Construction of the second terminal will begin in 2028.", "2026-05-12"));
    }
}
