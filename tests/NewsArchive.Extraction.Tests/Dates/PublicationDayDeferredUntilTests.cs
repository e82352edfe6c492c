using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// "The sheriff deferred sentence for three weeks, until 2 April": a span counted back from a dated day starts on the
/// day it was set, the story's happening.
/// </summary>
public sealed class PublicationDayDeferredUntilTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_hearing_a_deferral_was_set_at_and_the_story_the_day_after()
    {
        Assert.Equal("2025-03-13", Infer(
            "A man who stole copper cable from a railway line admitted the theft at the sheriff court yesterday.\n\n"
            + "Sheriff Jane Ross deferred sentence for three weeks, until 2 April, for background reports.\n\n"
            + "The thefts began in 2024."));
    }

    [Fact]
    public void Dates_the_weekday_a_coming_day_is_counted_from()
    {
        Assert.Equal("2024-03-13", Infer(
            "The planning committee backed the scheme on Tuesday after a three-hour debate.\n\n"
            + "A final vote is set for April 9, four weeks from Tuesday, the chairman said.\n\n"
            + "The site was bought in 2023."));
    }

    [Fact]
    public void Takes_the_year_in_which_the_weekday_beside_yesterday_is_the_day_the_span_was_set()
    {
        // 2 April less three weeks is 12 March: a Wednesday in 2025, a Tuesday in 2024.
        Assert.Equal("2024-03-13", Infer(
            "A man who stole copper cable from a railway line admitted the theft at the sheriff court yesterday (Tuesday).\n\n"
            + "Sheriff Jane Ross deferred sentence for three weeks, until 2 April, for background reports.\n\n"
            + "The thefts began in 2023."));
    }

    [Fact]
    public void Leaves_a_span_still_to_come()
    {
        Assert.NotEqual("2025-03-13", Infer(
            "The bridge will be closed for three weeks, until 2 April, while cracks are repaired.\n\n"
            + "The thefts began in 2024."));
    }

    [Fact]
    public void Does_not_count_from_a_weekday_still_to_come()
    {
        // The debate on Tuesday is ahead, so the story is not the day after it (2024-03-13 fits the count only if it is over).
        Assert.NotEqual("2024-03-13", Infer(
            "The planning committee will debate the scheme on Tuesday.\n\n"
            + "A final vote is set for April 9, four weeks from Tuesday, the chairman said.\n\n"
            + "The site was bought in 2023."));
    }
}
