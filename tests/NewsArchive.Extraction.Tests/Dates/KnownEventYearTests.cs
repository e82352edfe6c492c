using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// A known event named with a year ("the 2020 presidential election", "Budget 2026") is the occasion of that year: told
/// as to come, the story is before it; told as over, after it. A name two countries use for different days ("Budget
/// 2025": Ireland's of October 2024, Britain's of November 2025) bounds the story only as far as both agree.
/// </summary>
public sealed class KnownEventYearTests
{
    private static string Bounds(string body, DateOnly? earliest = null) => KnownEventBoundsText.Of(body, earliest);

    [Fact]
    public void A_year_before_a_recurring_name_picks_that_year_s_occasion()
    {
        Assert.Equal("-..2020-11-02", Bounds("The company is cutting its advertising spending ahead of the 2020 presidential election."));
        Assert.Equal("2016-11-08..-", Bounds("Turnout in the county has fallen in every race since the 2016 presidential election."));
    }

    [Fact]
    public void A_year_that_fits_no_occasion_says_nothing()
    {
        Assert.Equal("-..-", Bounds("The company is cutting its advertising spending ahead of the 2019 presidential election."));
    }

    [Fact]
    public void A_year_does_not_pick_an_election_only_a_calendar_date_picks()
    {
        // A bare "election" beside a year may be a spring primary as well as the November vote.
        Assert.Equal("-..-", Bounds("Turnout has fallen in every race since the 2016 election."));
    }

    [Fact]
    public void A_budget_named_by_its_year_is_told_as_over()
    {
        // Ireland's Budget 2026 was delivered on 7 October 2025; Britain's Budgets of 2026 are not dated, so they leave
        // the whole year, and the two agree on 7 October 2025 at the earliest.
        Assert.Equal("2025-10-07..-", Bounds("The minister announced the scheme in Budget 2026 last October."));
    }

    [Fact]
    public void A_budget_named_by_its_year_is_told_as_to_come()
    {
        // Ireland's Budget 2024 came on 10 October 2023; Britain's were 6 March and 30 October 2024.
        Assert.Equal("-..2024-10-29", Bounds("The council has asked for more money for its bus network in Budget 2024, which will be announced next month."));
    }

    [Fact]
    public void A_budget_named_by_its_year_and_a_date_picks_the_occasion()
    {
        Assert.Equal("-..2023-10-09", Bounds("Groups want more money for home care in Budget 2024, which will be announced on October 10."));
    }

    [Fact]
    public void A_chancellor_s_statement_named_by_its_season_needs_a_day()
    {
        Assert.Equal("-..-", Bounds("Businesses are waiting to see what the Autumn Statement brings."));
        // Told by its weekday as to come, within the week before it.
        Assert.Equal("2023-11-16..2023-11-21", Bounds("Businesses are waiting to see what Wednesday's Autumn Statement brings.", new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void A_weekday_written_with_a_date_picks_the_years_without_making_the_story_near()
    {
        // 2 May was a Thursday in 2002, 2013, 2019 and 2024 (all local election days); after 2022 only 2024's is left, and
        // "will move … after" it leaves the story within a year of it either way, not in the week before.
        Assert.Equal("2023-05-02..2025-05-02", Bounds("The council will move to a committee system after the local elections on Thursday, May 2, officials said.",
            new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void A_month_without_its_year_puts_the_occasion_within_a_year_of_the_story()
    {
        // Of the local elections held in June (2001, 2004, 2009, 2024), a story after 2023 began can only mean 2024's.
        Assert.Equal("2024-06-07..2025-06-07", Bounds("Complaints have piled up since the local elections in June, councillors said.",
            new DateOnly(2023, 10, 1)));
    }

    [Fact]
    public void A_count_told_as_this_year_s_puts_the_story_in_the_year_it_reaches()
    {
        // The Second World War ended between 8 May and 2 September 1945; eighty years on is 2025, the story's year.
        Assert.Equal("2025-01-01..2025-12-31", Bounds("The parade this year also marked 80 years since the end of the Second World War."));
        // The Grenfell fire was on 14 June 2017: its fifth anniversary is in 2022, told here as still to come.
        Assert.Equal("2022-01-01..2022-06-13", Bounds("Survivors will gather this year to mark the fifth anniversary of the Grenfell fire."));
    }

    [Fact]
    public void A_count_without_this_year_leaves_some_months_either_way()
    {
        // Counted from the war's end in Europe, 8 May 1945: about seven months either way of 8 May 2025.
        Assert.Equal("2024-10-08..2025-12-08", Bounds("The parade marked 80 years since the end of the Second World War."));
    }

    [Fact]
    public void A_centenary_is_the_hundredth_anniversary()
    {
        // The Armistice that ended the First World War: 11 November 1918; its centenary, told as coming, is in the
        // half year before 11 November 2018.
        Assert.Equal("2018-05-11..2018-11-10", Bounds("Volunteers are knitting poppies ahead of the centenary of the end of the First World War."));
    }

    [Fact]
    public void An_exact_count_is_the_day_it_reaches()
    {
        Assert.Equal("2018-11-11..2018-11-11", Bounds("Exactly 100 years after the end of World War One, the memorial was returned to the chapel."));
        Assert.Equal("2025-12-05..2025-12-05", Bounds("Ten years to the day since Storm Desmond, the town's new flood walls are finished."));
    }
}
