namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"since November 2009, when the river burst its banks": the span's start is itself a happening the clause tells.</summary>
public sealed class SinceWhenTests
{
    [Fact]
    public void Dates_the_happening_a_when_clause_tells_after_since()
    {
        Assert.Equal(["2017-03"], EventDates.Of(
            "It was the heaviest snowfall in the town since March 2017, when drifts cut off three villages for a week.", "2026-01-20"));
    }

    [Fact]
    public void Keeps_a_bare_since_a_span_start()
    {
        Assert.Empty(EventDates.Of("The bridge has been closed to lorries since 2019.", "2026-01-20"));
    }
}

/// <summary>"announced £40m of funding for the scheme last year": an amount's unit is no word between verb and year.</summary>
public sealed class AmountBeforeLastYearTests
{
    [Fact]
    public void Reaches_the_verb_across_an_amount_and_its_unit()
    {
        Assert.Equal(["2025"], EventDates.Of("The government announced £40m of funding for the bypass last year.", "2026-01-20"));
    }
}
