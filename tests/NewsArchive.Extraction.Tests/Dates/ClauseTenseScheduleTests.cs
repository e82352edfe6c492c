using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class ClauseTenseScheduleTests
{
    private static ClauseReading Read(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return ClauseTense.Of(scan, Assert.Single(scan.Mentions));
    }

    [Theory]
    [InlineData("The next set of figures is due on 12 May.")]
    [InlineData("Traders are watching the jobs report, due Friday.")]
    [InlineData("Ministers were also due on Friday to discuss trade.")]
    [InlineData("Markets price in a cut at the bank's next meeting on Dec 17.")]
    [InlineData("The board meets again at its upcoming session in March.")]
    [InlineData("A second strike has been called for 10 March.")]
    public void Reads_what_is_due_next_or_called_for_a_day_as_still_to_come(string text)
    {
        var reading = Read(text);
        Assert.Equal(Tense.Future, reading.Tense);
        Assert.True(reading.HasVerb);
    }

    [Theory]
    [InlineData("The budget was due June 30, and lawmakers passed it late.")]
    [InlineData("The council faced questions at a meeting in May about whether money should go to the museum.")]
    [InlineData("The strike had been called for 10 March but was suspended.")]
    [InlineData("On the next day, March 3, they walked out.")]
    public void Reads_a_passed_deadline_or_a_question_asked_at_a_past_meeting_as_past(string text)
    {
        Assert.Equal(Tense.Past, Read(text).Tense);
    }
}
