using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class TargetDateTests
{
    private static bool IsTarget(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return TargetDate.IsTarget(scan, scan.Mentions[^1]);
    }

    [Theory]
    [InlineData("The government has pledged that by March 2031, 90% of patients will be seen within 18 weeks.")]
    [InlineData("Ministers promised that most trains would run on time by 2030.")]
    [InlineData("The trust is on track to meet its target of 65% of patients seen by the end of March.")]
    public void Reads_a_month_or_year_promised_by_as_a_goal(string text)
    {
        Assert.True(IsTarget(text));
    }

    [Theory]
    [InlineData("The company will close its plant by the end of next year.")]
    [InlineData("Ministers promised a review, which was published by the department in March.")]
    [InlineData("Residents who were promised help must leave by 14 July.")]
    public void Keeps_a_plan_a_dated_happening_or_a_day_limit(string text)
    {
        Assert.False(IsTarget(text));
    }

    [Theory]
    [InlineData("Data centres in the state are projected to triple their electricity demand by 2030.")]
    [InlineData("The district faces a deficit of more than $300 million by 2029.")]
    public void Reads_a_bare_year_after_by_as_a_horizon(string text)
    {
        Assert.True(IsTarget(text));
    }
}
