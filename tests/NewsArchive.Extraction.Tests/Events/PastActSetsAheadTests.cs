namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "ordered him to hand over his passport by Jan. 9 and set a trial date", "adjourned the matter of costs to 22 June": a
/// past act that sets a date ahead dates what it set, the coming day, whatever clause follows the date.
/// </summary>
public sealed class PastActSetsAheadTests
{
    [Fact]
    public void Dates_an_ordered_deadline_ahead_when_another_predicate_follows()
    {
        Assert.Equal(["2026-01-09"], EventDates.Of(
            "The judge ordered the builder to repay the couple by Jan. 9 and warned him about his conduct.", "2025-12-18"));
    }

    [Fact]
    public void Reads_back_over_the_object_of_a_deferral()
    {
        Assert.Equal(["2026-06-22"], EventDates.Of(
            "The sheriff adjourned the question of a restitution order to 22 June.", "2026-05-27"));
    }

    [Fact]
    public void Keeps_to_before_a_determiner_a_place_not_an_order()
    {
        Assert.Equal(["2026-05-23"], EventDates.Of(
            "Police said officers had been called to the harbour on Saturday night after a fight.", "2026-05-27"));
    }
}
