namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"extended opening hours starting Saturday": what a past decision set going from a day is dated to the nearest such day.</summary>
public sealed class StartAfterPastVerbTests
{
    [Fact]
    public void Dates_a_start_just_gone_by_to_the_past_weekday()
    {
        // Monday 21 June 2027: Saturday 19 June is nearer than Saturday 26 June.
        Assert.Equal(["2027-06-19"], EventDates.Of("The library extended its opening hours starting Saturday.", "2027-06-21"));
    }

    [Fact]
    public void Dates_a_start_still_to_come_to_the_coming_day()
    {
        Assert.Equal(["2027-07-01"], EventDates.Of("The council raised parking charges starting July 1.", "2027-06-21"));
    }

    [Fact]
    public void Keeps_a_coming_start_after_a_future_verb()
    {
        Assert.Equal(["2027-06-26"], EventDates.Of("The library will extend its opening hours starting Saturday.", "2027-06-21"));
    }
}
