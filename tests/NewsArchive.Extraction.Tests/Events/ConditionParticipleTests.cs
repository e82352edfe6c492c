namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"If approved, the new fares would take effect Jan. 1": a participle after "if" or "once" is a condition, not a past verb that would pull the day back.</summary>
public sealed class ConditionParticipleTests
{
    [Fact]
    public void Dates_a_conditional_plan_far_ahead_to_the_coming_day()
    {
        Assert.Equal(["2028-01-01"], EventDates.Of("If approved, the new charges would take effect Jan. 1.", "2027-03-15"));
    }

    [Fact]
    public void Dates_a_plan_once_completed_to_the_coming_day()
    {
        Assert.Equal(["2028-02-01"], EventDates.Of("Once finished, the bridge would open to traffic on Feb. 1.", "2027-03-15"));
    }
}
