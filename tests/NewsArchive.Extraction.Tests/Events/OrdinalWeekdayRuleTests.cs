namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"held on the third Tuesday in May": a rule for which day a thing falls on is no date.</summary>
public sealed class OrdinalWeekdayRuleTests
{
    [Fact]
    public void Reads_an_ordinal_weekday_of_a_month_as_a_rule()
    {
        Assert.Empty(EventDates.Of("By law the town meeting is held on the second Monday in March.", "2026-03-10"));
    }

    [Fact]
    public void Still_dates_a_plain_weekday_in_the_same_sentence()
    {
        Assert.Equal(["2026-03-09"], EventDates.Of(
            "The town meeting, held on the second Monday in March, approved the budget on Monday.", "2026-03-10"));
    }
}
