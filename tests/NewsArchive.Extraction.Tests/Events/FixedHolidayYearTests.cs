namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"on Boxing Day last year", "on New Year's Day next year": a year counted from the story's gives the holiday its year.</summary>
public sealed class FixedHolidayYearTests
{
    [Fact]
    public void Counts_last_year_from_the_story()
    {
        Assert.Equal(["2025-12-26"], EventDates.Of("On Boxing Day last year, two people were hurt in a crush at the store.", "2026-03-02"));
    }

    [Fact]
    public void Counts_next_year_from_the_story()
    {
        Assert.Equal(["2027-01-01"], EventDates.Of("The new fares will start on New Year's Day next year.", "2026-03-02"));
    }
}
