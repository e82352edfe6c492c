namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"were still cut off this morning": "still" before a participle tells a lasting state, not a happening.</summary>
public sealed class StillParticipleTests
{
    [Fact]
    public void Reads_still_before_a_participle_as_a_state()
    {
        Assert.Empty(EventDates.Of("About 2,000 homes were still flooded this morning.", "2026-01-15"));
    }

    [Fact]
    public void Keeps_the_participle_without_still_as_a_happening()
    {
        Assert.Equal(["2026-01-15"], EventDates.Of("About 2,000 homes were flooded this morning.", "2026-01-15"));
    }
}
