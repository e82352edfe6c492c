namespace NewsArchive.Extraction.Tests.Events;

/// <summary>The other side of a comparison ("compared with … in the third quarter of 2025") is a baseline, not a happening.</summary>
public sealed class ComparisonBaselineTests
{
    [Fact]
    public void Reads_a_baseline_past_a_restated_figure_aside()
    {
        Assert.Equal(["2026-10-29"], EventDates.Of(
            "The company reported on Thursday net income of $98.1 million, or 54 cents per share, compared with $140.2 million, or 80 cents per share, in the third quarter of 2025.",
            "2026-10-29"));
    }
}
