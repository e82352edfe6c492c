using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A past weekday told beside a moving holiday that always falls on it is the holiday; the story runs the next day.</summary>
public sealed class HolidayBesideWeekdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_a_past_weekday_in_the_holidays_sentence_as_the_holiday()
    {
        // Labor Day 2025 is Monday 1 September (the first after the finished 2024 happening); the story runs on the 2nd.
        Assert.Equal("2025-09-02", Infer(
            "Thousands of union members marched downtown on Monday in the city's Labor Day parade.\n\n"
            + "Turnout was down from 2024, organizers said."));
    }

    [Fact]
    public void Takes_a_past_weekday_in_the_sentence_before_the_holiday()
    {
        Assert.Equal("2025-05-27", Infer(
            "The pool opened for the season on Monday. Lifeguards were on duty for the Memorial Day crowds.\n\n"
            + "It was repainted in 2024."));
    }

    [Fact]
    public void Ignores_a_holiday_of_another_weekday_or_told_as_a_limit()
    {
        Assert.Null(Infer("Shoppers crowded the mall on Monday ahead of Thanksgiving."));
        Assert.NotEqual("2025-11-28", Infer(
            "Shoppers crowded the mall on Monday ahead of Thanksgiving.\n\nSales fell in 2024."));
    }

    [Fact]
    public void Pins_the_year_of_a_fixed_date_holiday_told_beside_a_past_weekday()
    {
        // Halloween fell on a Friday in 2025 (after the finished 2023 happening); the story runs on Saturday 1 November.
        Assert.Equal("2025-11-01", Infer(
            "Police dispersed a crowd of Halloween revellers in the city centre on Friday night.\n\n"
            + "A similar gathering was broken up in 2023."));
    }

    [Fact]
    public void Reads_a_saint_s_day_written_with_a_full_stop_after_st()
    {
        // St. Patrick's Day fell on a Monday in 2025; the story runs on Tuesday 18 March.
        Assert.Equal("2025-03-18", Infer(
            "Thousands lined Fifth Avenue for the St. Patrick's Day parade on Monday, organizers said.\n\n"
            + "The parade was cancelled in 2020."));
    }

    [Fact]
    public void Leaves_a_weekday_beside_a_fixed_holiday_the_narrative_puts_on_another_weekday()
    {
        // Christmas falls on a Thursday: the crowds "on Saturday" are not the holiday's, so no 2021 Christmas is pinned.
        Assert.NotEqual("2021-12-26", Infer(
            "With Christmas falling on a Thursday this year, shoppers packed the high street on Saturday for last-minute gifts.\n\n"
            + "The shopping centre reopened in 2020 after a refit."));
    }
}
