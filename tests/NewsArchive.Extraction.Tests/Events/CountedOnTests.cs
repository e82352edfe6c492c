namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"two days later", "the following year": counted on from the date told before, within what the story can tell.</summary>
public sealed class CountedOnTests
{
    [Fact]
    public void Counts_on_from_the_date_told_before()
    {
        Assert.Equal(["2024-10-05", "2024-10-07"],
            EventDates.Of("The shooting happened on Oct. 5, 2024. The driver was arrested two days later.", "2026-02-11"));
    }

    [Fact]
    public void Dates_nothing_a_past_clause_counts_on_past_the_story()
    {
        Assert.Equal(["2026-05-18"], EventDates.Of(
            "A study published Monday tracked kelp forests. Losses that followed long heat waves had not recovered five years later.", "2026-05-19"));
    }

    [Fact]
    public void Dates_nothing_with_an_approximate_distance()
    {
        Assert.Equal(["2020-11"], EventDates.Of(
            "The unit was taken out in November 2020, before being put back in just over two years later.", "2026-07-22"));
    }

    [Fact]
    public void Dates_that_month_in_the_year_told_paragraphs_before()
    {
        Assert.Equal(["2024-10-05", "2024-10"], EventDates.Of(
            "The shooting happened on Oct. 5, 2024.\n\nThe defence argued at length that the driver had been afraid for his life and that no weapon was ever found in the car. The defence argued at length that the driver had been afraid for his life and that no weapon was ever found in the car. The defence argued at length that the driver had been afraid for his life and that no weapon was ever found in the car. The defence argued at length that the driver had been afraid for his life and that no weapon was ever found in the car. The defence argued at length that the driver had been afraid for his life and that no weapon was ever found in the car.\n\nMore than 200 people attended a vigil that October.", "2026-02-11"));
    }
}
