namespace NewsArchive.Extraction.Tests.Events;

/// <summary>What has a chance or a risk of happening on a day is a forecast.</summary>
public sealed class ChanceOfTests
{
    [Fact]
    public void Reads_a_chance_of_storms_on_a_day_as_a_forecast()
    {
        Assert.Empty(EventDates.Of("Forecasters gave a 40% chance of heavy showers on Saturday afternoon.", "2026-06-10"));
    }

    [Fact]
    public void Reads_a_risk_of_flooding_as_a_forecast()
    {
        Assert.Empty(EventDates.Of("The agency warned of a risk of flooding on Friday along the coast.", "2026-06-10"));
    }
}
