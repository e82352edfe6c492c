using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A happening the narrative names by its weekday is the day before the story's, not the story's own day.</summary>
public sealed class PublicationDayAfterNamedWeekdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_story_the_day_after_a_happening_written_with_its_weekday_and_date()
    {
        // Thursday 8 October is in 2026 (and 2020); the fire ended in 2021, so 2026.
        Assert.Equal("2026-10-09", Infer(
            "The parish council voted on Thursday, Oct. 8, to sell the old fire station.\n\n"
            + "The station closed in 2021 after 90 years."));
    }

    [Fact]
    public void Dates_the_story_the_day_after_a_weekday_told_beside_a_bracketed_date()
    {
        Assert.Equal("2026-10-09", Infer(
            "A roofer who took deposits from pensioners was jailed for four years at the crown court on Thursday (October 8).\n\n"
            + "He first called at the victims' homes in March 2025."));
    }

    [Fact]
    public void Runs_the_day_after_the_dated_weekday_even_when_the_story_says_today()
    {
        // News calls its own day "today", so the Thursday it names is over (round 15; this test kept the Thursday before).
        Assert.Equal("2026-10-09", Infer(
            "The parish council voted on Thursday, Oct. 8, to sell the old fire station, and the keys were handed over today.\n\n"
            + "The station closed in 2021 after 90 years."));
    }

    [Fact]
    public void Reads_a_weekday_date_later_this_week_as_coming_whatever_its_clause()
    {
        // Thursday, Nov. 19 lies ahead; the committee's "Tuesday night" is the 17th, and the story runs on the 18th.
        Assert.Equal("2026-11-18", Infer(
            "The budget cleared a committee Tuesday night, setting up a vote by the full council later this week, on Thursday, Nov. 19.\n\n"
            + "The last budget was cut in 2024."));
    }
}
