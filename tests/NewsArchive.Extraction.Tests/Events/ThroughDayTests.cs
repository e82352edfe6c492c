namespace NewsArchive.Extraction.Tests.Events;

public sealed class ThroughDayTests
{
    private static List<string> Dates(string body, string published) => EventDates.Of(body, published);

    [Fact]
    public void Dates_the_close_of_a_run_whose_last_day_is_written_out()
    {
        Assert.Equal(["2027-03-07"], Dates("The production is scheduled to run through March 7, 2027.", "2026-11-19"));
    }

    [Fact]
    public void Puts_a_spans_last_day_on_the_nearer_side_of_the_story_without_a_year_told_before_it()
    {
        Assert.Equal(["2025-11", "2026-09-30"],
            Dates("Congress passed extensions, most recently in November 2025, which kept programs running through Sept. 30.", "2026-09-15"));
        Assert.Equal(["2026-03-01"], Dates("The exhibition ran through March 1 and drew record crowds.", "2026-05-20"));
    }

    [Fact]
    public void Leaves_a_loose_span_end_undated()
    {
        Assert.Empty(Dates("Dry conditions were likely to persist through April.", "2026-03-02"));
        Assert.Empty(Dates("The airline will run a reduced schedule through Friday.", "2026-03-02"));
    }

    [Fact]
    public void Leaves_a_span_end_after_a_clock_time_undated()
    {
        Assert.Empty(Dates("The weather service extended a red flag warning through 6 p.m. Thursday.", "2026-09-09"));
    }
}
