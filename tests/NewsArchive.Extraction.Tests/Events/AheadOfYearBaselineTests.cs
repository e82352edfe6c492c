namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"turnout was running ahead of 2023", "have lost 18% so far in 2026": a year as a measure or a span up to now is no happening.</summary>
public sealed class AheadOfYearBaselineTests
{
    [Fact]
    public void Leaves_a_year_a_figure_is_set_against()
    {
        Assert.Equal(["2027-11-01"], EventDates.Of("Officials said on Monday that early returns were running slightly ahead of 2023.", "2027-11-02"));
    }

    [Fact]
    public void Leaves_a_span_up_to_now()
    {
        Assert.Equal(["2027-11-01"], EventDates.Of("The shares fell 4% on Monday and have lost about 18% so far in 2027.", "2027-11-02"));
    }
}
