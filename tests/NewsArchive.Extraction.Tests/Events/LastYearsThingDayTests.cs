namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"last year's show was cancelled on 12 August": a past year written as a possessive gives the day told after it its year.</summary>
public sealed class LastYearsThingDayTests
{
    [Fact]
    public void Dates_the_day_of_last_year_s_happening_to_last_year()
    {
        Assert.Equal(["2026-08-12"], EventDates.Of("Last year's show was cancelled on 12 August because of flooding.", "2027-08-01"));
    }

    [Fact]
    public void Leaves_next_year_s_thing_out_of_a_coming_day()
    {
        Assert.Equal(["2027-12-04"], EventDates.Of("A decision on next year's show will be made on 4 December.", "2027-08-01"));
    }
}
