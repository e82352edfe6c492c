namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A fronted "Last year," sets the frame of a finer date told after it in its clause: one happening.</summary>
public sealed class FrontedLastYearTests
{
    [Fact]
    public void Counts_a_day_of_last_year_once_after_a_fronted_last_year()
    {
        Assert.Equal(["2025-12-16"], EventDates.Of("Last year, the council passed the budget on Dec. 16 after weeks of talks.", "2026-11-17"));
    }

    [Fact]
    public void Keeps_last_year_beside_a_month_told_in_its_own_predicate()
    {
        Assert.Equal(["2025", "2025-11"], EventDates.Of(
            "The board had considered a sale of the business last year but had abandoned talks with a buyer in November.", "2026-03-10"));
    }
}
