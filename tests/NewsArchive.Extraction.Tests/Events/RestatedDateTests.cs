namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"earlier this month, on Oct. 6": a looser date restated by a finer one after a comma is one happening.</summary>
public sealed class RestatedDateTests
{
    [Fact]
    public void Keeps_only_the_finer_date_of_a_restatement()
    {
        Assert.Equal(["2026-10-06"], EventDates.Of("The maker widened the recall earlier this month, on Oct. 6, to cover older models.", "2026-10-20"));
    }

    [Fact]
    public void Keeps_two_dates_that_are_not_set_side_by_side()
    {
        Assert.Equal(["2026-10", "2026-10-06"], EventDates.Of(
            "The maker widened the recall earlier this month and held a hearing on Oct. 6.", "2026-10-20"));
    }
}
