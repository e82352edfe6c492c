namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"An earlier version of this article …" is the page's correction note; "An earlier version of the bill …" is news.</summary>
public sealed class EarlierVersionOfSubjectTests
{
    [Fact]
    public void Dates_an_earlier_version_of_the_stories_subject()
    {
        Assert.Equal(["2021"], EventDates.Of("An earlier version of the ordinance, introduced in 2021, failed on a tied vote.", "2024-05-02"));
    }

    [Theory]
    [InlineData("An earlier version of this article misstated the date of the vote, which was on March 3.")]
    [InlineData("An earlier version of the story gave the wrong date for the hearing, on April 2.")]
    public void Leaves_a_correction_note_undated(string body)
    {
        Assert.Empty(EventDates.Of(body, "2024-05-02"));
    }
}
