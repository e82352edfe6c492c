namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// Present tenses that put a day ahead of the story: a plural subject's timetable ("the festivities continue Sunday"),
/// a lapse ("the grant runs out on March 31"), a state the calendar holds ("the library is closed Friday").
/// </summary>
public sealed class PresentTimetableTests
{
    [Fact]
    public void Dates_a_plural_timetable_with_continue_ahead()
    {
        Assert.Equal(["2026-05-10"], EventDates.Of("The festivities continue Sunday with a parade through the old town.", "2026-05-07"));
    }

    [Fact]
    public void Reads_continue_to_as_what_goes_on_not_a_timetable()
    {
        Assert.Empty(EventDates.Of("Sunday's parade comes as prices continue to rise.", "2026-05-07"));
    }

    [Fact]
    public void Dates_money_that_runs_out_on_a_day_ahead()
    {
        Assert.Equal(["2026-03-31"], EventDates.Of("The emergency grant runs out on March 31.", "2026-02-10"));
    }

    [Fact]
    public void Dates_a_present_state_told_of_a_weekday_ahead()
    {
        Assert.Equal(["2026-05-08"], EventDates.Of("The central library and two leisure centres are closed Friday for the bank holiday.", "2026-05-06"));
        Assert.Equal(["2026-05-10"], EventDates.Of("The castle is free on Sunday for residents.", "2026-05-06"));
    }

    [Fact]
    public void Reads_a_place_aside_before_the_date_as_its_own_time()
    {
        Assert.Equal(["2026-05-07"], EventDates.Of(
            "The county said the depot, where floodwater reached the roof, will be shut Thursday while engineers inspect it.", "2026-05-06"));
    }
}
