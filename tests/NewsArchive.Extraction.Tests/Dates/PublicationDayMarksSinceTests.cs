using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Today marks six months since the March 3 flood": a count from a dated happening to the story's today.</summary>
public sealed class PublicationDayMarksSinceTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_months_on_from_a_date_today_marks()
    {
        Assert.Equal("2025-09-03", Infer(
            "Today marks six months since the March 3, 2025, flood that swept through the valley.\n\nThe levee was built in 1962."));
    }

    [Fact]
    public void Counts_on_from_a_date_a_present_progressive_marks()
    {
        Assert.Equal("2024-05-10", Infer(
            "Across the state, families are marking one month since the April 10 tornado with vigils and road closures.\n\n"
            + "The shelter opened in 2023."));
    }

    [Fact]
    public void Counts_the_day_after_when_the_marking_was_yesterday()
    {
        Assert.Equal("2024-09-11", Infer(
            "Hundreds gathered yesterday to mark 100 days since the June 2, 2024, vote that split the town.\n\nThe plan was drawn up in 2022."));
    }

    [Fact]
    public void Leaves_a_count_that_will_be_marked()
    {
        Assert.NotEqual("2025-09-03", Infer(
            "Thursday will mark six months since the March 3, 2025, flood that swept through the valley.\n\nThe levee was built in 1962."));
    }
}
