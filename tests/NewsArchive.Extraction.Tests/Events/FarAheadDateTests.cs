namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A bare month or day that a future word would put ten months or more ahead is the recent one when the sentence tells of the past.</summary>
public sealed class FarAheadDateTests
{
    [Fact]
    public void Dates_a_month_after_beginning_in_a_past_sentence_to_the_recent_one()
    {
        Assert.Equal(["2025-03"],
            EventDates.Of("The clinic's director said it had seen a rise in measles cases beginning in early March.", "2025-04-20"));
    }

    [Fact]
    public void Dates_a_day_of_a_past_burglary_to_this_year()
    {
        Assert.Equal(["2025-10-03"],
            EventDates.Of("Thieves pried open a side window at a pharmacy on Elm Street between 9 p.m. Oct. 3 and dawn.", "2025-10-09"));
    }

    [Fact]
    public void Keeps_a_far_day_ahead_when_nothing_in_the_sentence_is_past()
    {
        Assert.Equal(["2026-09-30"], EventDates.Of("The grant money will run out on Sept. 30.", "2025-10-09"));
    }
}
