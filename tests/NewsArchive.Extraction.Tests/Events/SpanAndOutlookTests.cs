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
}
