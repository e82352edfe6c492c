using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class FollowingWeekTests
{
    [Fact]
    public void Reads_no_date_in_the_following_week_which_names_a_week()
    {
        Assert.Empty(DateMentionFinderTests.Scan("She will give a lecture in London the following week.").Mentions);
    }

    [Fact]
    public void Still_reads_the_following_day_and_a_week_later_as_dates_counted_on()
    {
        var day = Assert.Single(DateMentionFinderTests.Scan("He was arrested the following day.").Mentions).Expression;
        Assert.True(day.FromPrevious);
        Assert.Equal(1, day.Offset);
        var week = Assert.Single(DateMentionFinderTests.Scan("He was arrested a week later.").Mentions).Expression;
        Assert.Equal((RelativeUnit.Day, 7), (week.Unit, week.Offset));
    }
}
