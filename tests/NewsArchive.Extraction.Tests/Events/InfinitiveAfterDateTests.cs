namespace NewsArchive.Extraction.Tests.Events;

/// <summary>An infinitive after a dated verb ("voted Tuesday to open …") tells what the vote was about, not its time.</summary>
public sealed class InfinitiveAfterDateTests
{
    [Fact]
    public void Dates_a_vote_to_open_something_to_the_past_weekday()
    {
        Assert.Equal(["2026-02-10"], EventDates.Of("The county board voted 4-1 late Tuesday to open a second warming centre.", "2026-02-11"));
    }

    [Fact]
    public void Dates_an_agreement_to_begin_talks_to_the_past_weekday()
    {
        Assert.Equal(["2026-02-09"], EventDates.Of("The two unions agreed Monday to begin talks with the operator.", "2026-02-11"));
    }

    [Fact]
    public void Still_reads_a_timetable_before_the_date_as_coming()
    {
        Assert.Equal(["2026-02-13"], EventDates.Of("The Hawks open a three-game road trip Friday in Denver.", "2026-02-11"));
    }
}
