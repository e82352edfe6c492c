namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A year before a capitalised name whose head is a noun of happening ("the 2018 Camp Fire") dates it.</summary>
public sealed class NamedHappeningYearTests
{
    [Fact]
    public void Dates_a_named_fire_by_the_year_before_it()
    {
        Assert.Equal(["2017"], EventDates.Of("The orchard burned in the 2017 Ridge Fire.", "2026-06-30"));
    }

    [Fact]
    public void Dates_a_named_law_whose_name_has_and_inside()
    {
        Assert.Equal(["2021"], EventDates.Of("The grants came from the 2021 Water Safety and Jobs Act.", "2026-06-30"));
    }

    [Fact]
    public void Leaves_a_year_before_a_named_body_undated()
    {
        Assert.Empty(EventDates.Of("She chaired the 2019 Board of Governors.", "2026-06-30"));
    }

    [Fact]
    public void Ends_a_named_happening_at_an_and_before_a_lower_case_verb()
    {
        Assert.Equal(["2017"], EventDates.Of("The farmer lost his barn in the 2017 Ridge Fire and was later dropped by his insurer.", "2026-06-30"));
    }
}
