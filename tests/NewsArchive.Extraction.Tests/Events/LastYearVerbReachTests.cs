namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"last year" after a verb with a long object ("paid signing bonuses to new drivers in rural areas last year") dates it.</summary>
public sealed class LastYearVerbReachTests
{
    [Fact]
    public void Dates_a_past_verb_before_a_long_object()
    {
        Assert.Equal(["2025"], EventDates.Of("The district paid signing bonuses to new drivers in rural areas last year.", "2026-05-01"));
    }

    [Fact]
    public void Leaves_a_state_of_last_year_undated()
    {
        Assert.Empty(EventDates.Of("Visitor numbers at the city's three main parks and gardens were at a record level last year.", "2026-05-01"));
    }
}
