namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "Speaking to reporters on Tuesday, the minister said …": a fronted participle phrase takes its time from the main
/// clause's verb of saying, not from what was said to come.
/// </summary>
public sealed class FrontedParticiplePhraseTests
{
    [Fact]
    public void Dates_a_fronted_speaking_phrase_to_the_past_day_of_the_saying()
    {
        Assert.Equal(["2026-03-02"], EventDates.Of(
            "Speaking at a conference of hauliers in Leeds on Monday, the trade body's chair said fuel costs would climb.", "2026-03-04"));
    }

    [Fact]
    public void Dates_a_fronted_following_phrase_to_the_past_day()
    {
        Assert.Equal(["2026-03-03"], EventDates.Of(
            "Following a long debate on Tuesday, the committee said it would publish its findings.", "2026-03-04"));
    }

    [Fact]
    public void Keeps_a_fronted_starting_phrase_ahead()
    {
        Assert.Equal(["2026-03-09"], EventDates.Of("Starting on Monday, the buses will run every ten minutes.", "2026-03-04"));
    }
}
