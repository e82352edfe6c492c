namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A plain present inside a clause of time ("before the Assembly adjourns on April 7") tells what is to come.</summary>
public sealed class PresentInTimeClauseTests
{
    [Fact]
    public void Dates_a_present_verb_after_before_ahead()
    {
        Assert.Equal(["2027-04-12"],
            EventDates.Of("The mayor said the city was lobbying for more aid before the legislature adjourns on April 12.", "2026-12-01"));
    }

    [Fact]
    public void Dates_a_present_verb_after_until_ahead()
    {
        Assert.Equal(["2027-03-03"],
            EventDates.Of("Drivers faced a 40-mile detour until the bridge reopens on 3 March.", "2026-11-20"));
    }

    [Fact]
    public void Keeps_a_plural_noun_of_happening_after_before_in_the_past()
    {
        Assert.Equal(["2026-05-06"],
            EventDates.Of("He resigned weeks before the elections on May 6.", "2026-11-20"));
    }
}
