namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"in November that year": the year is the latest written before, as in "November of that year".</summary>
public sealed class MonthThatYearTests
{
    [Fact]
    public void Dates_a_month_that_year_to_the_year_written_before()
    {
        Assert.Equal(["2019", "2019-11"], EventDates.Of("The first mill closed in 2019. A second followed in November that year.", "2027-03-10"));
    }

    [Fact]
    public void Reads_that_before_a_hyphened_year_word_as_what_was_said()
    {
        Assert.Equal(["2027-01"], EventDates.Of("The bank said in January that year-end bonuses would fall.", "2027-03-10"));
    }
}
