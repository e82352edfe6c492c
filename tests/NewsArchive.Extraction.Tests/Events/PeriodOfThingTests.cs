namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A month or year after "for" and a noun is the period that thing covers; what is arranged for one still dates it.</summary>
public sealed class PeriodOfThingTests
{
    [Theory]
    [InlineData("The statistics office released its jobs figures for October on Monday.", "2026-11-02")]
    [InlineData("The regulator confirmed on Tuesday that the tariff cap for January to March would be £1,540.", "2026-11-03")]
    [InlineData("The reservoir fell to 41 feet on Monday, well below its average for late October.", "2026-11-02")]
    [InlineData("The board approved its budget for 2027 on Monday.", "2026-11-02")]
    public void Leaves_the_period_a_figure_or_cap_covers_undated(string body, string only)
    {
        Assert.Equal([only], EventDates.Of(body, "2026-11-04"));
    }

    [Theory]
    [InlineData("A follow-up inspection is planned for June, the regulator said.", "2027-06")]
    [InlineData("The council scheduled a second vote for January.", "2027-01")]
    [InlineData("A public inquiry is planned for 2028, the minister said.", "2028")]
    public void Keeps_what_is_arranged_for_a_month(string body, string date)
    {
        Assert.Equal([date], EventDates.Of(body, "2026-11-04"));
    }
}
