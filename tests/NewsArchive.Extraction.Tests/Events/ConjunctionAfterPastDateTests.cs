namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "approved the plan in June after months of debate over how the city should pay and prepare …": a modal in the clause
/// a conjunction opens after the date does not outweigh the date's own past verb.
/// </summary>
public sealed class ConjunctionAfterPastDateTests
{
    [Fact]
    public void Dates_a_past_approval_to_the_past_month()
    {
        Assert.Equal(["2027-06"], EventDates.Of(
            "The board adopted the budget in a 4-3 vote in June after weeks of argument over whether the county should borrow and cut staff.",
            "2027-10-05"));
    }

    [Fact]
    public void Still_dates_a_coming_act_before_a_past_clause_to_the_coming_month()
    {
        Assert.Equal(["2028-06"], EventDates.Of("The board will adopt the budget in June after the county lost its appeal.", "2027-10-05"));
    }
}
