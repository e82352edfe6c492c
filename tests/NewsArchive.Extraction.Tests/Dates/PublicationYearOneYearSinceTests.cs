using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Today marks a year since the collapse in March 2027": a first anniversary told as the story's own is a year on.</summary>
public sealed class PublicationYearOneYearSinceTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_year_since_a_dated_happening_marked_now_is_the_next_year()
    {
        Assert.Equal("2028", Infer(
            "This week marks a year since the bridge collapse, and the families are still waiting for answers.\n\n"
            + "The bridge collapsed in March 2027 after days of heavy rain."));
    }

    [Fact]
    public void A_gathering_to_mark_one_year_since_is_the_storys_own()
    {
        Assert.Equal("2028", Infer(
            "Hundreds gathered in the square yesterday to mark one year since the factory closed.\n\n"
            + "The plant shut in June 2027 with the loss of 900 jobs."));
    }

    [Fact]
    public void A_year_since_marked_in_the_past_is_not_the_storys()
    {
        Assert.Equal("2028", Infer(
            "In 2025 the town marked a year since the flood.\n\nThe flood defences were finished in 2027."));
    }
}
