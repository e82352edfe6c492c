namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A span counted from now up to a date ("with 40 days until the Nov. 8 election") puts the date ahead.</summary>
public sealed class CountedUntilTests
{
    [Fact]
    public void Dates_a_day_counted_until_ahead()
    {
        Assert.Equal(["2026-11-03"],
            EventDates.Of("With 40 days until the Nov. 3 general election, the county has hired 300 poll workers.", "2026-09-24"));
    }

    [Fact]
    public void Dates_a_day_weeks_before_which_a_present_clause_stands_ahead()
    {
        Assert.Equal(["2027-05-06"],
            EventDates.Of("The decision comes weeks before the council elections on May 6.", "2027-03-10"));
    }

    [Fact]
    public void Keeps_a_day_a_past_clause_counts_before_in_the_past()
    {
        Assert.Equal(["2026-05-06"],
            EventDates.Of("He resigned weeks before the council elections on May 6.", "2026-11-20"));
    }
}
