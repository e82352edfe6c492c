namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"raised starting pay in January": "starting" before a bare noun is an adjective, not what is to come.</summary>
public sealed class StartingAdjectiveTests
{
    [Fact]
    public void Dates_a_past_pay_rise_to_the_past_month()
    {
        Assert.Equal(["2027-02"], EventDates.Of("The district raised starting salaries for teachers in February.", "2027-09-10"));
    }

    [Fact]
    public void Still_reads_starting_before_a_date_as_coming()
    {
        Assert.Equal(["2027-11-01"], EventDates.Of("Fares rise by 10 cents starting Nov. 1.", "2027-09-10"));
    }

    [Fact]
    public void Still_reads_starting_with_as_coming()
    {
        Assert.Equal(["2028-03"], EventDates.Of("The fee rises starting with bills mailed in March.", "2027-09-10"));
    }
}
