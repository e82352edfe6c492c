namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A byline line's date ("By Ann Lee · March 30, 2026 · 6 min read") is the page's, not a happening.</summary>
public sealed class BylineDateTests
{
    private static List<string> Dates(string body) => EventDates.Of(body, "2026-03-30");

    [Theory]
    [InlineData("By Ann Lee · March 30, 2026 · 6 min read\n\nThe board met in January.")]
    [InlineData("By Ann Lee | March 30, 2026\n\nThe board met in January.")]
    public void Makes_no_event_of_a_byline_date(string body)
    {
        Assert.Equal(["2026-01"], Dates(body));
    }

    [Fact]
    public void Keeps_a_date_in_a_sentence_that_opens_with_by()
    {
        Assert.Equal(["2026-03-27"], Dates("By Friday, March 27, the council had voted to close the pool."));
    }
}
