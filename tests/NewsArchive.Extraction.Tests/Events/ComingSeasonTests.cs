namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A season of a stated year times no coming happening ("will open in spring 2029"); one gone by still dates what happened.</summary>
public sealed class ComingSeasonTests
{
    [Fact]
    public void Leaves_a_coming_season()
    {
        Assert.Empty(EventDates.Of("Work on the new bridge is expected to begin in summer 2029.", "2027-10-06"));
    }

    [Fact]
    public void Leaves_a_coming_season_after_of()
    {
        Assert.Empty(EventDates.Of("The school will open in the fall of 2029.", "2027-10-06"));
    }

    [Fact]
    public void Dates_a_past_season_to_its_year()
    {
        Assert.Equal(["2025"], EventDates.Of("The district tried a smaller scheme in spring 2025.", "2027-10-06"));
    }
}
