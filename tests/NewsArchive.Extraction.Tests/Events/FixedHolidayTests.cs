namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A holiday with the same date every year, after "on", dates what happened or will happen that day.</summary>
public sealed class FixedHolidayTests
{
    [Fact]
    public void Dates_a_past_happening_on_a_holiday_to_its_latest_passing()
    {
        Assert.Equal(["2025-12-24"], EventDates.Of("The coastguard rescued two walkers on Christmas Eve.", "2025-12-28"));
    }

    [Fact]
    public void Dates_a_coming_happening_on_a_holiday_to_its_next_passing()
    {
        Assert.Equal(["2027-01-01"], EventDates.Of("The new timetable will start on New Year's Day.", "2026-12-20"));
    }

    [Fact]
    public void Takes_the_year_written_after_the_holiday()
    {
        Assert.Equal(["2018-12-26"], EventDates.Of("The shop was flooded on Boxing Day 2018.", "2026-03-02"));
    }

    [Fact]
    public void Leaves_a_holiday_that_is_a_limit_or_a_label()
    {
        Assert.Empty(EventDates.Of("The market stays open until Christmas Eve, and its Boxing Day menu is popular.", "2026-12-01"));
    }
}
