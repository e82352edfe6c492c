namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"through at least next Wednesday": a limit hedged with "at least" is still where a span ends.</summary>
public sealed class HedgedLimitTests
{
    [Fact]
    public void Reads_a_hedged_through_as_the_end_of_a_span()
    {
        Assert.Equal(["2026-08-04"], EventDates.Of(
            "A heat advisory that took effect Tuesday has been extended through at least next Thursday.", "2026-08-07"));
    }

    [Fact]
    public void Reads_a_hedged_until_after_a_lasting_state_as_its_end()
    {
        Assert.Empty(EventDates.Of("The bridge will stay shut until at least Monday.", "2026-08-07"));
    }
}
