namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A bare day a past clause would put ten months or more behind the story is the coming one.</summary>
public sealed class FarBehindDayTests
{
    [Theory]
    [InlineData("The union has announced two more walkouts on March 20.", "2024-03-04", "2024-03-20")]
    [InlineData("Councillors agreed the new parking charges coming into force on 1 June.", "2024-05-20", "2024-06-01")]
    [InlineData("The board set out the timetable for a second ballot on Nov. 12.", "2024-11-01", "2024-11-12")]
    [InlineData("A special session has been pencilled in for Aug. 19.", "2024-08-02", "2024-08-19")]
    public void Reads_a_bare_day_far_behind_a_past_clause_as_the_coming_one(string body, string published, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, published));
    }

    [Theory]
    [InlineData("The storm made landfall near the harbour on Oct. 9.", "2024-10-02", "2024-10-09")]
    [InlineData("Last year, the lido opened on May 28.", "2024-05-20", "2024-05-28")]
    [InlineData("The council's review followed the 2021 floods, when the river rose on July 14.", "2024-07-01", "2024-07-14")]
    [InlineData("Crews cleared the debris of the storms of Jan. 10 from the pier.", "2024-01-05", "2024-01-10")]
    public void Keeps_a_day_its_own_past_verb_or_a_year_cue_puts_behind(string body, string published, string coming)
    {
        Assert.DoesNotContain(coming, EventDates.Of(body, published));
    }
}
