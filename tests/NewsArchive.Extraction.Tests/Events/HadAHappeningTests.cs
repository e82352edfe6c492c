namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"had surgery in March", "had a previous conviction for theft in 2020": what someone had is a happening when a noun of happening names it.</summary>
public sealed class HadAHappeningTests
{
    [Fact]
    public void Dates_surgery_someone_had()
    {
        Assert.Equal(["2026-03"], EventDates.Of("The striker had surgery in March and missed the rest of the season.", "2026-09-01"));
    }

    [Fact]
    public void Dates_a_previous_conviction()
    {
        Assert.Equal(["2020"], EventDates.Of("The court heard he had a previous conviction for theft in 2020.", "2026-09-01"));
    }

    [Fact]
    public void Leaves_what_someone_had_as_a_state()
    {
        Assert.Empty(EventDates.Of("The bakery had 40 staff in 2020.", "2026-09-01"));
    }
}
