namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"would" after a past verb is the future of that past moment, so its day may already be over.</summary>
public sealed class BackshiftedFutureTests
{
    [Fact]
    public void Dates_a_reported_would_day_to_the_nearest_side_of_the_story()
    {
        Assert.Equal(["2026-08-07", "2026-09-30"],
            EventDates.Of("The agency told grantees on Aug. 7 that their funding would stop on Sept. 30.", "2026-10-16"));
    }

    [Fact]
    public void Keeps_a_plain_will_day_in_the_coming_year()
    {
        Assert.Equal(["2027-09-30"], EventDates.Of("The funding will stop on Sept. 30.", "2026-10-16"));
    }

    [Fact]
    public void Keeps_a_would_day_without_a_past_verb_before_it_ahead()
    {
        Assert.Equal(["2027-09-30"], EventDates.Of("Under the proposal, the funding would stop on Sept. 30.", "2026-10-16"));
    }

    [Fact]
    public void Keeps_a_reported_would_weekday_ahead()
    {
        Assert.Equal(["2026-10-19"], EventDates.Of("Investigators confirmed they had arrived and would begin interviews on Monday.", "2026-10-14"));
    }
}
