namespace NewsArchive.Extraction.Tests.Events;

/// <summary>An "-ed" word opening an object's noun phrase ("revised plans", "each affected school") is no past tense.</summary>
public sealed class AttributiveParticipleTests
{
    [Fact]
    public void Reads_a_deadline_after_to_and_an_adjective_as_ahead()
    {
        Assert.Equal(["2026-04-30"], EventDates.Of("Councils have been told to send updated housing figures by 30 April.", "2026-03-10"));
    }

    [Fact]
    public void Reads_a_backshifted_deadline_past_a_determiner_adjective_as_ahead()
    {
        Assert.Equal(["2026-04-02"], EventDates.Of(
            "The minister said the department would publish detailed guidance for every affected employer by April 2.", "2026-03-10"));
    }

    [Fact]
    public void Keeps_a_past_verb_before_by_as_past()
    {
        Assert.Equal(["2026-02-27"], EventDates.Of("The contractor finished the roof by Feb. 27.", "2026-03-10"));
    }
}
