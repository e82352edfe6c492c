namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A story whose publication is known only by its month still dates what it tells against that month.</summary>
public sealed class MonthPublishedTests
{
    [Fact]
    public void Resolves_a_past_day_and_a_coming_day_against_the_month()
    {
        Assert.Equal(["2025-04-03", "2025-04-26"], EventDates.Of(
            "The county reported its first case on April 3.\n\nA free clinic will be held on April 26.", "2025-04"));
    }

    [Fact]
    public void Resolves_a_coming_day_of_the_next_year()
    {
        Assert.Equal(["2026-01-20"], EventDates.Of("Residents will have until Jan. 20 to respond, and the board will vote then.", "2025-11"));
    }

    [Fact]
    public void Counts_last_month_and_today_from_the_month()
    {
        Assert.Equal(["2025-05", "2025-06"], EventDates.Of(
            "The council approved the grant last month.\n\nThe new parking rules take effect today across the city.", "2025-06"));
    }

    [Fact]
    public void Leaves_a_weekday_undated()
    {
        Assert.Empty(EventDates.Of("The board voted on Tuesday to close the library.", "2025-06"));
    }
}
