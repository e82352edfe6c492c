using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A story that says "tomorrow" and dates only a coming day is told the day before that day.</summary>
public sealed class PublicationDayTomorrowTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Puts_the_story_the_day_before_a_coming_dated_day_when_it_says_tomorrow()
    {
        // Thursday, March 12 is in 2026 (after the 2025 award); the Monday death and the school's "yesterday" do not
        // move the story off the eve of the funeral.
        Assert.Equal("2026-03-11", Infer(
            "The former headteacher, who won a national award in 2025, died on Monday after a short illness.\n\n"
            + "She will be buried tomorrow in her home village. Pupils held a minute's silence yesterday.\n\n"
            + "Her funeral service will take place on Thursday, March 12, at noon."));
    }

    [Fact]
    public void Does_not_read_a_speaker_s_tomorrow_as_the_story_s()
    {
        Assert.NotEqual("2026-03-11", Infer(
            "The former headteacher, who won a national award in 2025, died on Monday after a short illness.\n\n"
            + "\"We will all be there tomorrow,\" a colleague said.\n\n"
            + "Her funeral service will take place on Thursday, March 12, at noon."));
    }
}
