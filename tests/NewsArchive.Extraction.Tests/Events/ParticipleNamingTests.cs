namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"according to the plan approved Feb. 11": a participle naming a happening told elsewhere is that happening again.</summary>
public sealed class ParticipleNamingTests
{
    [Fact]
    public void Counts_a_happening_named_by_a_participle_once()
    {
        Assert.Equal(["2026-03-10"], EventDates.Of(
            "The council voted on Tuesday to close four libraries.\n\nThe branches will shut in stages, according to the plan approved March 10.",
            "2026-03-12"));
    }

    [Fact]
    public void Keeps_a_participle_date_the_story_tells_nowhere_else()
    {
        Assert.Equal(["2025-05"], EventDates.Of("Landlords must register under the law passed in May.", "2026-03-12"));
    }
}
