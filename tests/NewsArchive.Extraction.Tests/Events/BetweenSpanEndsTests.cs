namespace NewsArchive.Extraction.Tests.Events;

/// <summary>The two ends of a "between … and …" window bound a period, however each end is written.</summary>
public sealed class BetweenSpanEndsTests
{
    [Fact]
    public void Reads_a_weekday_with_its_part_of_day_as_a_window_end()
    {
        Assert.Empty(EventDates.Of("Police said they attended 140 collisions between Friday night and Saturday morning.", "2026-02-10"));
    }

    [Fact]
    public void Reads_abbreviated_months_as_window_ends()
    {
        Assert.Equal(["2026-02-09"], EventDates.Of(
            "The firm on Monday recalled every jar made between Sept. 3 and Nov. 20, 2025, after tests found glass.", "2026-02-10"));
    }
}
