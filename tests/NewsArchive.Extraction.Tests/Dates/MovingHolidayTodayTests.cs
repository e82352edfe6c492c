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

    [Fact]
    public void Dates_a_today_told_as_the_day_before_a_holiday()
    {
        // Thanksgiving 2025 is Thursday 27 November; the day before it is the 26th.
        Assert.Equal("2025-11-26", Infer(
            "Today, the day before Thanksgiving, is expected to be the busiest day of the year at the city's airport.\n\n"
            + "The terminal was expanded in 2024."));
    }

    [Fact]
    public void Dates_a_yesterday_told_as_the_day_after_a_holiday()
    {
        // Memorial Day 2025 is Monday 26 May; the day after it is the 27th, and the story the 28th.
        Assert.Equal("2025-05-28", Infer(
            "Crews reopened the beach road yesterday, the day after Memorial Day, once the floodwater had drained.\n\n"
            + "The road was rebuilt in 2024."));
    }

    [Fact]
    public void Picks_the_holiday_s_year_in_which_a_date_told_with_its_weekday_fits()
    {
        // After 2022 the first Thanksgiving would be 2023's, but "Sunday, Dec. 1" is a Sunday only in 2024 near it.
        Assert.Equal("2024-11-27", Infer(
            "Today, the day before Thanksgiving, is expected to be the busiest day of the year at the city's airport.\n\n"
            + "The return rush is expected to peak on Sunday, Dec. 1, officials said.\n\nThe terminal was expanded in 2022."));
    }

    [Fact]
    public void Dates_the_story_after_the_may_day_bank_holiday_told_as_yesterday()
    {
        // The early May bank holiday is the first Monday of May: 5 May 2025.
        Assert.Equal("2025-05-06", Infer(
            "Thousands of runners took part in the city marathon yesterday on the May Day bank holiday.\n\n"
            + "The course was changed in 2024."));
    }

    [Fact]
    public void Reads_the_late_may_bank_holiday_as_the_month_s_last_monday()
    {
        // The late May (spring) bank holiday is the last Monday of May: 26 May 2025.
        Assert.Equal("2025-05-27", Infer(
            "The lido opened for the season yesterday, the late May bank holiday, to long queues.\n\n"
            + "The pool was restored in 2024."));
    }

    [Fact]
    public void Dates_the_story_after_cyber_monday_told_as_yesterday()
    {
        // Thanksgiving 2025 is 27 November, so Black Friday is the 28th and Cyber Monday 1 December.
        Assert.Equal("2025-12-02", Infer(
            "Online retailers reported record orders yesterday on Cyber Monday.\n\nSpending fell in 2024."));
    }

    [Fact]
    public void Dates_the_story_after_ireland_s_october_bank_holiday_told_as_yesterday()
    {
        // Ireland's October bank holiday is the month's last Monday: 27 October 2025.
        Assert.Equal("2025-10-28", Infer(
            "Thousands of runners took part in the city marathon yesterday, the October bank holiday.\n\nThe route was changed in 2024."));
    }

    [Fact]
    public void Tries_an_earlier_year_when_a_holiday_s_morrow_told_as_yesterday_would_come_after_today()
    {
        // On 26 May 2026 the day after Memorial Day (25 May) is no yesterday yet: the 2025 holiday (26 May) is.
        var body = "Crews reopened the beach road yesterday, the day after Memorial Day, once the floodwater had drained.";
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        Assert.Equal(new DateOnly(2025, 5, 28), MovingHolidayToday.Find(scan, bound: null, new DateOnly(2026, 5, 26), copyright: 2026));
    }
}
