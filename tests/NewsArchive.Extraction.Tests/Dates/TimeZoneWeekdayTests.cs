using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"at 7:20 a.m. ET Saturday": a clock time's zone before a weekday is no name the weekday belongs to.</summary>
public sealed class TimeZoneWeekdayTests
{
    [Theory]
    [InlineData("The rocket lifted off at 9:15 a.m. ET Thursday from the Cape.", DayOfWeek.Thursday)]
    [InlineData("Polls close at 8 p.m. EST Tuesday in most of the state.", DayOfWeek.Tuesday)]
    [InlineData("The ferry sailed at 6pm BST Friday.", DayOfWeek.Friday)]
    public void Reads_the_weekday_after_a_time_zone(string text, DayOfWeek day)
    {
        var mention = Assert.Single(DateMentionFinderTests.Scan(text).Mentions);
        Assert.Equal(DateForm.Weekday, mention.Expression.Form);
        Assert.Equal(day, mention.Expression.Weekday);
    }
}
