namespace NewsArchive.Extraction.Tests.Events;

/// <summary>Verbs that can tell a state ("had", "peaked", a forecast) tell a happening in their other uses.</summary>
public sealed class StateOrMomentTests
{
    [Fact]
    public void Reads_a_pluperfect_had_as_a_happening()
    {
        Assert.Equal(["2026-05-02"], EventDates.Of("She said the busiest day of the year had come on Saturday, May 2.", "2026-05-20"));
    }

    [Fact]
    public void Keeps_a_possessive_had_a_state()
    {
        Assert.Empty(EventDates.Of("The agency had 41 flood warnings in place on Monday evening.", "2026-05-20"));
    }

    [Fact]
    public void Reads_a_peak_at_a_clock_time_as_a_happening()
    {
        Assert.Equal(["2026-05-17"], EventDates.Of("The river peaked at about 9.40pm on Sunday, flooding the quay.", "2026-05-20"));
    }

    [Fact]
    public void Reads_a_peak_with_a_when_clause_as_a_happening()
    {
        Assert.Equal(["2026-03"], EventDates.Of("Delays peaked in March, when a third of trains ran late.", "2026-05-20"));
    }

    [Fact]
    public void Keeps_a_peak_at_a_figure_a_level()
    {
        Assert.Empty(EventDates.Of("The jobless rate peaked at 7.4% in March.", "2026-05-20"));
    }

    [Fact]
    public void Reads_a_forecast_cut_as_a_happening()
    {
        Assert.Equal(["2026-04"], EventDates.Of("The retailer lowered its annual profit forecast in April.", "2026-05-20"));
    }
}
