namespace NewsArchive.Extraction.Tests.Events;

/// <summary>After a fronted date ("In June, the firm said it would …") the verb of saying is what the date tells.</summary>
public sealed class FrontedDateSayingTests
{
    [Fact]
    public void Dates_a_fronted_month_to_the_saying_not_to_what_was_said_to_come()
    {
        Assert.Equal(["2026-06"], EventDates.Of("In June, a packaging firm said it would cut 85 roles at its plant.", "2026-09-15"));
    }

    [Fact]
    public void Keeps_a_trailing_date_after_a_saying_in_the_coming_time()
    {
        Assert.Equal(["2026-12"], EventDates.Of("The plant will close in December, the company said.", "2026-09-15"));
    }
}
