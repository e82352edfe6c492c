namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Today marks ten years since the mine closed in May 2017": the marking day is where the count starts, not a happening.</summary>
public sealed class DayMarksSinceTests
{
    [Fact]
    public void Keeps_only_the_happening_counted_back_to()
    {
        Assert.Equal(["2017-05-12"], EventDates.Of("Today marks ten years since the pit closed on 12 May 2017.", "2027-05-12"));
    }

    [Fact]
    public void Keeps_only_the_happening_of_an_anniversary_marked_yesterday()
    {
        Assert.Equal(["1987-05-11"], EventDates.Of("Yesterday marked the 40th anniversary of the fire on 11 May 1987.", "2027-05-12"));
    }

    [Fact]
    public void Keeps_a_day_that_marks_a_happening_of_its_own()
    {
        Assert.Equal(["2027-05-11"], EventDates.Of("Yesterday marked the start of the county show.", "2027-05-12"));
    }
}
