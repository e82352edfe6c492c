namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// '"Last year we collected 27 tonnes of litter," he said': a date opening the speaker's sentence with the speaker as its
/// subject tells the speaker's own past, a happening like "we lost four people last January".
/// </summary>
public sealed class QuotedFrontedPastTests
{
    [Fact]
    public void Dates_the_speaker_s_own_past_after_a_fronted_date()
    {
        Assert.Equal(["2026"], EventDates.Of("\"Last year we cleared 40 tonnes of rubbish from the beach,\" the ranger said.", "2027-03-10"));
    }

    [Fact]
    public void Leaves_a_date_of_something_else_before_the_speaker()
    {
        Assert.Empty(EventDates.Of("\"After the flood last April, I told my wife we would move,\" he said.", "2027-03-10"));
    }
}
