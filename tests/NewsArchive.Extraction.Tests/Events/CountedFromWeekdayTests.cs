namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Term starts Oct. 5, three weeks from Monday": the weekday a count runs from is no happening of its own.</summary>
public sealed class CountedFromWeekdayTests
{
    [Fact]
    public void Drops_the_weekday_a_count_of_weeks_runs_from()
    {
        Assert.Equal(["2026-10-05"], EventDates.Of("Term starts Oct. 5, three weeks from Monday.", "2026-09-16"));
    }

    [Fact]
    public void Drops_the_weekday_a_count_of_days_or_a_fortnight_runs_from()
    {
        Assert.Empty(EventDates.Of("The deadline falls ten days from Friday.", "2026-09-16"));
        Assert.Empty(EventDates.Of("The deadline falls a fortnight from Friday.", "2026-09-16"));
    }

    [Fact]
    public void Keeps_a_weekday_after_a_plain_from()
    {
        Assert.Equal(["2026-09-18"], EventDates.Of("The shop will open its doors from Friday.", "2026-09-16"));
    }

    [Fact]
    public void Keeps_the_first_day_of_a_stretch_counted_from_a_weekday()
    {
        Assert.Equal(["2026-09-12"], EventDates.Of("The festival ran over four days from Saturday.", "2026-09-16"));
    }
}
