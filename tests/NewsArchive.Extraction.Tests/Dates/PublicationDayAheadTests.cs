using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Text;
using NewsArchive.Extraction.Tests.Reading;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>Days told as coming (listings, "would", plans) bound the story's day from above, never date it.</summary>
public sealed class PublicationDayAheadTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Reads_a_verbless_listed_fixture_as_coming_rather_than_as_the_story_day()
    {
        // Sunday and Monday stay open before the game: the first of them, the Sunday.
        var (published, eventsDay) = StoryDayReading.Of(
            "The Otters won 3-1 at home on Saturday night before a crowd of 4,000.\n\nNEXT GAME\n\n"
            + "Otters: At Lakeport on Tuesday, Nov. 17, at 7 p.m.", Today);
        Assert.Equal("2026-11-15", published);
    }

    [Fact]
    public void Does_not_take_a_weekday_after_would_as_a_past_day()
    {
        Assert.Equal("2026-11-15", Infer(
            "The Otters won 3-1 at home on Saturday night.\n\nThe coach said the goalkeeper would be re-examined Monday.\n\n"
            + "Otters: At Lakeport on Tuesday, Nov. 17, at 7 p.m."));
    }

    [Fact]
    public void Does_not_take_a_weekday_after_a_planned_infinitive_as_a_past_day()
    {
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-03-06", Infer(
            "Ferries were cancelled across the bay on Thursday, March 5, after a software fault at the operator.\n\n"
            + "A regional mayor said she planned to write to the operator on Monday.\n\nThe service was sold in 2025."));
    }

    [Fact]
    public void Still_reads_a_stamp_line_with_its_year_as_the_day()
    {
        Assert.Equal("2026-10-14", Infer("Obituaries\n\nWednesday October 14 2026, 12.01am BST, The Courier\n\nShe trained a generation of glassmakers."));
    }

    [Fact]
    public void Does_not_take_a_weekday_inside_what_a_town_braced_for_as_a_past_day()
    {
        Assert.Equal("2026-10-23", Infer(
            "Crews fought a brush fire in the hills as residents braced for stronger winds on Saturday.\n\n"
            + "The fire broke out on Thursday afternoon. It had burned 900 acres by Friday morning, officials said on Friday.\n\n"
            + "Schools will stay closed through Monday, Oct. 26."));
    }

    [Fact]
    public void Puts_the_story_before_a_coming_weekday_told_beside_a_coming_dated_day()
    {
        // Nothing past is dated, so the days before Monday stay open: the month, with the events read against the
        // last of those days, the Sunday (see UntoldStoryDay).
        var (published, eventsDay) = StoryDayReading.Of(
            "The home side came from behind to win 3-2 in front of 20,000.\n\nTheir next game, on Tuesday 24 November, kicks off at 7.45pm.\n\n"
            + "The captain limped off and will be assessed on Monday.", Today);
        Assert.Equal("2026-11", published);
        Assert.Equal("2026-11-22", eventsDay);
    }
}
