namespace NewsArchive.Extraction.Tests.Events;

/// <summary>How things stood on a weekday ("were without power Thursday", "remained hospitalized on Wednesday") is no happening.</summary>
public sealed class StateOnADayTests
{
    // 2026-10-29 is a Thursday.
    [Theory]
    [InlineData("About 4,000 homes were without power Thursday evening, the utility said.")]
    [InlineData("Six fire engines were at the scene on Wednesday.")]
    [InlineData("Weekend passes were still available Thursday.")]
    [InlineData("Three people remained hospitalized on Wednesday.")]
    [InlineData("The bridge stayed closed on Wednesday.")]
    [InlineData("The brush fire was 12% contained early Wednesday, according to the fire department.")]
    public void Makes_no_event_of_a_state_on_a_weekday(string body)
    {
        Assert.Empty(EventDates.Of(body, "2026-10-29"));
    }

    [Theory]
    [InlineData("Two hikers were found dead Wednesday near the trailhead.", "2026-10-28")]
    [InlineData("Leaders were due on Friday to discuss the budget.", "2026-10-30")]
    [InlineData("The race was one of the closest in the state on Tuesday.", "2026-10-27")]
    [InlineData("The last full strike was in March 2025.", "2025-03")]
    public void Keeps_a_happening_told_with_was_or_were(string body, string date)
    {
        Assert.Equal([date], EventDates.Of(body, "2026-10-29"));
    }
}
