using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A story that says "yesterday" names older days by weekday and date, so a dated weekday is not its yesterday.</summary>
public sealed class PublicationDayYesterdayNamedTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_dated_weekday_told_beside_yesterday_lies_before_the_storys_yesterday()
    {
        Assert.Equal("2025-03-11", Infer(
            "Shopkeepers spent yesterday pumping water out of their cellars.\n\n"
            + "The river burst its banks at about 9pm on Sunday, March 9, after two days of heavy rain.\n\n"
            + "Crews pumped through Sunday night and into yesterday to clear the drains.\n\n"
            + "The last serious flood came in 2023."));
    }

    [Fact]
    public void A_dated_weekday_written_as_yesterday_is_the_day_before_the_story()
    {
        Assert.Equal("2025-03-10", Infer(
            "The river burst its banks yesterday (Sunday, March 9) after two days of heavy rain.\n\n"
            + "The last serious flood came in 2023."));
    }

    [Fact]
    public void A_past_weekday_beside_yesterday_and_a_coming_dated_day_puts_the_story_after_both()
    {
        // Tuesday's walkout is older than yesterday, so the story is Thursday, not the day before the coming Monday.
        Assert.Equal("2026-06-04", Infer(
            "The two-day strike by bin crews began on Tuesday and ended yesterday.\n\n"
            + "Talks between the union and the council are due to resume on Monday, June 8.\n\n"
            + "The crews last walked out in March 2025."));
    }
}
