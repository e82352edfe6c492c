namespace NewsArchive.Extraction.Tests.Events;

/// <summary>Periods and expectations with dates are not dated happenings.</summary>
public sealed class SpanAndOutlookTests
{
    [Fact]
    public void Leaves_both_ends_of_a_from_to_span_undated()
    {
        Assert.Empty(EventDates.Of("She served as president of the trust from 2003 to 2009.", "2026-10-14"));
        Assert.Empty(EventDates.Of("The other incidents reported to police from Oct. 12 to Oct. 18 include these.", "2026-10-19"));
    }

    [Fact]
    public void Leaves_both_ends_of_a_between_span_ending_at_the_end_of_a_month_undated()
    {
        Assert.Equal(["2026-09-22"], EventDates.Of(
            "Figures published on Tuesday showed that 1,412 sailings were cancelled between April and the end of August.", "2026-09-24"));
    }

    [Fact]
    public void Leaves_a_weather_prediction_about_a_day_undated()
    {
        Assert.Empty(EventDates.Of("Highs on Friday should climb back into the 40s.", "2026-02-10"));
    }

    [Fact]
    public void Leaves_an_expectation_with_a_limit_undated()
    {
        Assert.Empty(EventDates.Of("A spokeswoman said most homes should be reconnected by Thursday.", "2026-08-11"));
        Assert.Empty(EventDates.Of("The canal search is expected to continue until at least Saturday.", "2026-10-15"));
    }

    [Fact]
    public void Leaves_a_speakers_tomorrow_undated()
    {
        Assert.Equal(["2026-03-17"], EventDates.Of(
            "\"This dispute could be resolved tomorrow if the company dropped its plans,\" the union leader said on Tuesday.",
            "2026-03-17"));
    }
}
