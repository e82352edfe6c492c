namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"had warned the minister in May that …": the date before what was warned of dates the warning itself.</summary>
public sealed class PluperfectWarningDateTests
{
    [Fact]
    public void Dates_a_warning_told_in_the_past_perfect()
    {
        Assert.Equal(["2024-05"], EventDates.Of("The union had warned the minister in May that the rota could not hold.", "2024-08-10"));
    }

    [Theory]
    [InlineData("The operator had planned to cut the route in January.")]
    [InlineData("The council had warned that it would close the library in March.")]
    public void Leaves_an_overtaken_plan_undated(string body)
    {
        Assert.Empty(EventDates.Of(body, "2024-08-10"));
    }
}
