namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A date written before a noun of happening ("the union's 2023 strikes", "the June draft") dates that happening.</summary>
public sealed class PremodifiedHappeningTests
{
    [Theory]
    [InlineData("Wages have been a focus since the union's 2023 strikes against the carmakers.", "2023")]
    [InlineData("The senator pointed to a 2025 dispute over a similar tax credit.", "2025")]
    [InlineData("The signals date to the tunnel's 1998 opening.", "1998")]
    [InlineData("The rookie, the 11th pick in the June draft, scored 14 points.", "2026-06")]
    [InlineData("The party lost eleven seats in the May local elections.", "2026-05")]
    [InlineData("A 2019 annexation attempt in the same district failed by 40 votes.", "2019")]
    [InlineData("Residents recalled the 2010 lockdown of the estate.", "2010")]
    public void Dates_the_happening_a_date_describes(string body, string date)
    {
        Assert.Equal([date], EventDates.Of(body, "2026-11-12"));
    }

    [Fact]
    public void Counts_a_happening_named_again_by_its_month_once()
    {
        Assert.Equal(["2025-11"], EventDates.Of(
            "A fire damaged the unit in November. The November fire injured three contractors.", "2026-01-29"));
    }

    [Fact]
    public void Reads_a_month_before_a_report_noun_as_the_period_measured()
    {
        Assert.Empty(EventDates.Of("Traders are looking ahead to the Labor Department's October jobs report.", "2026-11-02"));
    }
}
