using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A past weekday told as a holiday ("Monday, Memorial Day") names the holiday's day, which dates the story.</summary>
public sealed class HolidayWeekdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Theory]
    [InlineData("01-Monday-3", 2024, "2024-01-15")]
    [InlineData("05-Monday-last", 2025, "2025-05-26")]
    [InlineData("11-Thursday-4", 2023, "2023-11-23")]
    [InlineData("09-Monday-1", 2026, "2026-09-07")]
    [InlineData("Easter-2", 2025, "2025-04-18")]
    [InlineData("Easter+1", 2024, "2024-04-01")]
    [InlineData("11-Thursday-4+1", 2024, "2024-11-29")]
    [InlineData("11-Thursday-4+1", 2019, "2019-11-29")]
    [InlineData("11-Thursday-4+4", 2022, "2022-11-28")]
    [InlineData("05-Monday-last+1", 2025, "2025-05-27")]
    public void Knows_the_day_of_a_moving_holiday(string rule, int year, string expected)
    {
        Assert.Equal(expected, HolidayWeekday.DayIn(rule, year)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_fixed_holiday_on_a_told_weekday_pins_the_first_year_after_the_past()
    {
        Assert.Equal("2025-12-25", Infer(
            "A kitchen fire forced dozens of guests out of a downtown hotel on Thursday, Christmas Day, fire officials said.\n\n"
            + "The hotel reopened in 2022 after a long renovation."));
    }

    [Fact]
    public void A_happening_late_on_the_holiday_is_reported_the_next_day()
    {
        Assert.Equal("2025-12-26", Infer(
            "A kitchen fire forced dozens of guests out of a downtown hotel late Thursday, Christmas Day, fire officials said.\n\n"
            + "The hotel reopened in 2022 after a long renovation."));
    }

    [Fact]
    public void A_moving_holiday_owned_by_a_past_weekday_takes_its_day_in_the_first_year_after_the_past()
    {
        Assert.Equal("2024-05-27", Infer(
            "Beaches were packed on Monday's Memorial Day holiday as temperatures climbed into the 90s.\n\n"
            + "Lifeguard numbers were cut in August 2023 after a budget shortfall."));
    }

    [Fact]
    public void Ignores_a_holiday_told_inside_a_quotation()
    {
        Assert.NotEqual("2025-12-25", Infer(
            "\"We were out of the hotel on Thursday, Christmas Day, with nothing,\" a guest said.\n\n"
            + "The hotel reopened in 2022 after a long renovation."));
    }

    [Fact]
    public void A_moving_holiday_told_as_yesterday_dates_the_story_the_day_after_it()
    {
        Assert.Equal("2025-05-27", Infer(
            "Memorial Day ceremonies drew hundreds of veterans to the county square yesterday.\n\n"
            + "The memorial wall was unveiled in 2024."));
    }

    [Fact]
    public void A_moving_holiday_the_story_looks_ahead_of_does_not_date_it()
    {
        Assert.NotEqual("2025-11-27", Infer(
            "Travelers crowded the airport today ahead of Thanksgiving.\n\nA new terminal opened in 2024."));
    }
}
