namespace NewsArchive.Extraction.Tests.Events;

/// <summary>What a story tells of its own day is its news told again: the story's day makes one event.</summary>
public sealed class StoryDayRetellingTests
{
    [Fact]
    public void Keeps_one_event_for_the_story_day_told_three_times()
    {
        Assert.Equal(["2027-03-17"], EventDates.Of(
            "Thousands lined the streets of Galway for the parade today.\n\n"
            + "Gardaí said 300 officers would be on duty tonight.\n\n"
            + "One stallholder on Shop Street this morning said trade was brisk.", "2027-03-17"));
    }

    [Fact]
    public void Keeps_the_other_days_of_the_story()
    {
        Assert.Equal(["2027-03-17", "2027-03-16", "2027-03-18"], EventDates.Of(
            "Thousands lined the streets of Galway for the parade today.\n\n"
            + "Organisers put up barriers yesterday.\n\n"
            + "Gardaí said 300 officers would be on duty tonight and the clean-up will start tomorrow.", "2027-03-17"));
    }
}
