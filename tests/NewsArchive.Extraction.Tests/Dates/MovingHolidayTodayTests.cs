using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A holiday whose date moves, told beside the story's today or yesterday, dates the story.</summary>
public sealed class MovingHolidayTodayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_story_the_day_after_a_remembrance_sunday_told_as_yesterday()
    {
        // Remembrance Sunday is the second Sunday of November: 10 November 2024, the first after the 2023 happening.
        Assert.Equal("2024-11-11", Infer(
            "Veterans laid wreaths at the town's war memorial at a Remembrance Sunday service yesterday.\n\n"
            + "The memorial was restored in 2023."));
    }

    [Fact]
    public void Puts_a_holiday_on_the_past_weekday_told_beside_it_rather_than_on_the_story_s_today()
    {
        // Presidents Day 2025 is Monday 17 February; the storm began on it, so the "today" of closed offices is the 18th.
        Assert.Equal("2025-02-18", Infer(
            "Federal offices were closed today after an ice storm that swept in over the Presidents Day holiday.\n\n"
            + "Freezing rain began falling late Monday, the weather service said.\n\nThe last such storm struck in 2024."));
    }

    [Fact]
    public void Keeps_a_holiday_told_beside_today_as_the_story_s_day()
    {
        Assert.Equal("2025-02-17", Infer(
            "Federal offices are closed today for the Presidents Day holiday.\n\nThe last such closure was in 2024."));
    }
}
