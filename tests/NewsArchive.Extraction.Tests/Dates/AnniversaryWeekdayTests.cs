using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A past weekday that is the Nth anniversary of a full date told beside it: the story runs the next day.</summary>
public sealed class AnniversaryWeekdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_story_the_day_after_a_weekday_that_was_the_anniversary()
    {
        // 12 March 2026 is a Thursday, the second anniversary of 12 March 2024.
        Assert.Equal("2026-03-13", Infer(
            "Families laid flowers at the mine gates on Thursday.\n\n"
            + "It was the second anniversary of the collapse, which killed four men on March 12, 2024."));
    }

    [Fact]
    public void Ignores_an_anniversary_whose_weekday_the_story_does_not_tell()
    {
        Assert.NotEqual("2026-03-13", Infer(
            "Families laid flowers at the mine gates on Friday.\n\n"
            + "It was the second anniversary of the collapse, which killed four men on March 12, 2024."));
    }
}
