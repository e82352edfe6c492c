namespace NewsArchive.Extraction.Tests.Events;

/// <summary>What was planned, appealed for or said to be still to come on a weekday lies ahead of the story.</summary>
public sealed class ComingActTests
{
    // 2026-07-02 is a Thursday.
    [Fact]
    public void Dates_what_someone_planned_to_do_on_a_weekday_ahead()
    {
        Assert.Equal(["2026-07-06"], EventDates.Of("Her office said she planned to file the complaint on Monday.", "2026-07-02"));
    }

    [Fact]
    public void Dates_what_someone_called_on_others_to_do_on_a_weekday_ahead()
    {
        Assert.Equal(["2026-07-06"], EventDates.Of("The mayor called on councillors to return to the chamber on Monday.", "2026-07-02"));
    }

    [Fact]
    public void Reads_a_hyphened_participle_after_would_be_as_still_to_come()
    {
        Assert.Equal(["2026-07-06"], EventDates.Of("The coach said the striker would be re-examined Monday.", "2026-07-02"));
    }
}
