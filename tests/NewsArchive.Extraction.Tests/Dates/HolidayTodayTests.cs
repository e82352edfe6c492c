using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A fixed-date holiday told beside the story's today, tomorrow or yesterday dates the story.</summary>
public sealed class HolidayTodayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_story_the_day_before_a_holiday_marked_tomorrow()
    {
        Assert.Equal("2026-11-10", Infer(
            "The row comes as ministers prepare to mark Armistice Day tomorrow.\n\nThe review was published in 2025."));
    }

    [Fact]
    public void Dates_the_story_on_a_holiday_told_tonight_in_the_year_its_this_weekday_fits()
    {
        Assert.Equal("2026-11-05", Infer(
            "A signal fault was reported at 5.40am this Thursday.\n\n"
            + "The station expects crowds tonight, with thousands travelling in for the Bonfire Night fireworks.\n\n"
            + "The last closure came on 18 March 2025."));
    }

    [Fact]
    public void Dates_the_story_a_counted_week_before_a_holiday_told_a_week_from_today()
    {
        Assert.Equal("2025-12-18", Infer(
            "The market will close early on Christmas Day, a week from today, the trust said.\n\nIts new hall opened in March 2025."));
    }

    [Fact]
    public void Dates_the_story_two_days_before_a_holiday_told_two_days_from_today()
    {
        Assert.Equal("2025-11-09", Infer(
            "Crowds are expected at the memorial for Armistice Day, two days from today, organisers said.\n\nThe memorial was restored in May 2025."));
    }

    [Fact]
    public void Takes_the_latest_such_holiday_when_the_only_finished_year_is_history()
    {
        // "first held in 1954" says the story is later, not that it is from 1955: the latest Boxing Day up to today.
        Assert.Equal("2025-12-27", Infer(
            "Thousands of racegoers packed the course yesterday for the Boxing Day meeting.\n\nThe race was first held in 1954."));
    }

    [Fact]
    public void Dates_the_story_the_day_after_a_holiday_told_as_last_night_with_a_curly_apostrophe()
    {
        Assert.Equal("2026-01-01", Infer(
            "Revellers packed the city centre for New Year’s Eve celebrations last night.\n\nA new bridge opened in 2025."));
    }

    [Fact]
    public void Ignores_a_holiday_that_only_limits_what_happens_today()
    {
        Assert.NotEqual("2026-12-24", Infer(
            "Shops opened early today and will trade until Christmas Day.\n\nSales fell in 2025."));
    }
    [Fact]
    public void Dates_a_holiday_story_the_first_holiday_after_what_it_tells_as_over()
    {
        Assert.Equal("2024-03-17", Infer(
            "Marchers filled the main street today for the St Patrick's Day parade.\n\n"
            + "The council approved the new bandstand in October 2023, and it will open in May 2025."));
    }

    [Fact]
    public void Dates_a_holiday_story_after_the_earlier_holidays_it_names_by_year()
    {
        Assert.Equal("2024-12-27", Infer(
            "Bargain hunters crowded the shopping centre for the Boxing Day sales yesterday.\n\n"
            + "Visitor numbers were up 3 per cent compared with Boxing Day 2023, the operator said."));
    }
    [Fact]
    public void Dates_a_new_years_day_story_in_the_year_its_narrative_greets()
    {
        Assert.Equal("2026-01-01", Infer(
            "Drivers who ring in 2026 on the road will pay more at the pump.\n\n"
            + "A higher fuel tax takes effect today, Jan. 1, after lawmakers approved it in 2024."));
    }

    [Fact]
    public void Dates_a_holiday_story_after_the_editions_it_tells_as_over()
    {
        // "the 2019 event was staged indoors" is an earlier edition: the story's holiday is a later one.
        Assert.Equal("2020-07-04", Infer(
            "Families gathered on the waterfront today for the Independence Day fireworks.\n\n"
            + "The 2018 show was cut short by storms, and the 2019 event was staged indoors. The pier reopened in June 2016."));
    }

    [Fact]
    public void Does_not_take_an_edition_told_as_coming_for_an_earlier_one()
    {
        Assert.Equal("2016-07-04", Infer(
            "Families gathered on the waterfront today for the Independence Day fireworks.\n\n"
            + "Organisers say the 2019 festival will move to the park. The pier reopened in June 2016."));
    }

    [Fact]
    public void Takes_the_year_in_which_the_holiday_falls_on_the_weekday_the_narrative_gives()
    {
        // 25 December fell on a Wednesday in 2019 and 2024; the finished 2020 puts it in 2024.
        Assert.Equal("2024-12-25", Infer(
            "Churches were packed this morning for Christmas Day services.\n\n"
            + "With Christmas falling on a Wednesday this year, many workers took the whole week off. The new roof was fitted in 2020."));
    }

    [Fact]
    public void Moves_the_holidays_weekday_to_the_story_told_the_day_after()
    {
        // "yesterday's" parade held on a Sunday: the story is a Monday, 18 March, in 2019 after the 2018 reopening.
        Assert.Equal("2019-03-18", Infer(
            "Thousands lined the route yesterday for the St Patrick's Day parade.\n\n"
            + "Yesterday's parade, the first held on a Sunday since 2013, passed off quietly. The square reopened in May 2017."));
    }
}
