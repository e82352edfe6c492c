namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A date said to be some time away, or what someone expects to do then, lies ahead of the story.</summary>
public sealed class ComingAheadTests
{
    [Fact]
    public void Reads_a_date_weeks_away_as_coming()
    {
        Assert.Equal(["2026-06-18"], EventDates.Of(
            "The plan has angered councillors, with the by-election on 18 June only weeks away.", "2026-05-04"));
    }

    [Fact]
    public void Reads_what_a_company_expects_to_do_next_year_as_a_plan()
    {
        Assert.Equal(["2027"], EventDates.Of("The brewer said it expects to open the new plant next year.", "2026-05-04"));
    }

    [Fact]
    public void Keeps_a_month_told_as_past_without_away()
    {
        Assert.Equal(["2026-04"], EventDates.Of("The plan angered councillors when it was published in April.", "2026-05-04"));
    }
}

/// <summary>"Ten years ago today, …": the today an anniversary counts back from is no happening.</summary>
public sealed class AgoTodayTests
{
    [Fact]
    public void Dates_only_the_happening_counted_back_to()
    {
        Assert.Equal(["2016-05-04"], EventDates.Of("Ten years ago today, on May 4, 2016, the mill burned down.", "2026-05-04"));
    }
}
