namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"are also planned", "is still due": an adverb inside a marker of what is to come leaves it one.</summary>
public sealed class AdverbInsideFutureMarkerTests
{
    [Fact]
    public void Reads_are_also_planned_as_ahead()
    {
        Assert.Equal(["2026-05-19"], EventDates.Of("Two overnight closures of the tunnel are also planned on 19 May.", "2026-02-01"));
    }

    [Fact]
    public void Reads_is_still_due_as_ahead()
    {
        Assert.Equal(["2027-03-04"], EventDates.Of("The final report is still due on March 4.", "2026-05-01"));
    }

    [Fact]
    public void Keeps_a_plain_past_day_past()
    {
        Assert.Equal(["2025-05-19"], EventDates.Of("The tunnel was also closed on 19 May.", "2026-02-01"));
    }
}
