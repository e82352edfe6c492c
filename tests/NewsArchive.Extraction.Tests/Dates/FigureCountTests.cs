using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// A small count of things ("recorded 14 drowning deaths"), and one described by an "-ed" word ("9,000 confirmed
/// cases"), is a figure of the period like a large one; a length of time ("the 12 months to January") and a plan
/// ("plans to hire 12 more staff next year") are not.
/// </summary>
public sealed class FigureCountTests
{
    private static bool IsFigurePeriod(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return FigurePeriod.IsFigurePeriod(scan, scan.Mentions[^1]);
    }

    [Theory]
    [InlineData("The state recorded 14 drowning deaths in 2025, according to the coast guard.")]
    [InlineData("Ohio reported more than 9,000 confirmed cases in 2025.")]
    public void A_count_of_things_in_a_period_is_a_figure(string text) => Assert.True(IsFigurePeriod(text));

    [Theory]
    [InlineData("The council plans to hire 12 more wardens next year, according to a budget paper.")]
    [InlineData("More than 3,000 thefts were logged by police, rising to a record in the 12 months to the end of March.")]
    [InlineData("The firm opened on 12 May 2025, according to its owner.")]
    public void A_plan_a_length_of_time_or_a_day_is_not(string text) => Assert.False(IsFigurePeriod(text));
}
