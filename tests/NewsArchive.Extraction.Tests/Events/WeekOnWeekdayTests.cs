namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"a week on Friday" is the Friday seven days after the next one; an "-ed" adjective after a future verb is no past tense.</summary>
public sealed class WeekOnWeekdayTests
{
    // 2026-08-31 is a Monday.
    [Fact]
    public void Dates_a_week_on_friday_to_the_friday_after_next_and_counts_its_apposed_day_once()
    {
        Assert.Equal(["2026-09-11"], EventDates.Of("The funeral will take place a week on Friday, on September 11, at St Mary's Church.", "2026-08-31"));
    }

    [Fact]
    public void Dates_a_week_on_saturday_told_on_a_saturday_to_a_fortnight_ahead()
    {
        Assert.Equal(["2026-09-12"], EventDates.Of("Rovers host Barnsley a week on Saturday.", "2026-08-29"));
    }

    [Theory]
    [InlineData("The candidates will meet for their first televised debate on Oct. 8.")]
    [InlineData("The striker is expected to come off the 10-day injured list on Oct. 8.")]
    public void Reads_an_ed_adjective_before_a_noun_after_a_future_verb_as_no_past(string body)
    {
        Assert.Equal(["2026-10-08"], EventDates.Of(body, "2026-09-17"));
    }
}
