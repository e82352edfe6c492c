using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// Known public events named without a date ("Super Bowl LII was played Sunday", "ahead of COP26") bound the story's day:
/// told as over, on or after the event; told as to come, before it; an ambiguous name only as far as its occasions agree.
/// </summary>
public sealed class KnownEventBoundsTests
{
    private static readonly DateOnly Today = KnownEventBoundsText.Today;

    private static string Bounds(string body, DateOnly? earliest = null) => KnownEventBoundsText.Of(body, earliest);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_game_told_by_its_weekday_puts_the_story_in_the_week_after()
    {
        Assert.Equal("2019-02-03..2019-02-09", Bounds("Super Bowl LIII was played Sunday in Atlanta, and hotel rooms emptied fast."));
    }

    [Fact]
    public void A_storm_told_as_over_puts_the_story_after_it()
    {
        Assert.Equal("2022-02-18..-", Bounds("Engineers were still clearing fallen trees after Storm Eunice brought down power lines across the county."));
    }

    [Fact]
    public void A_storm_told_as_coming_puts_the_story_before_it()
    {
        Assert.Equal("-..2020-02-15", Bounds("Sandbags were handed out in the valley as Storm Dennis approaches."));
        Assert.Equal("-..2021-11-12", Bounds("Hotels in the city are full ahead of COP26, the council said."));
    }

    [Fact]
    public void A_name_in_a_quotation_is_the_speakers()
    {
        Assert.Equal("-..-", Bounds("\"It felt like Hurricane Katrina all over again,\" she said of the flooding."));
    }

    [Fact]
    public void A_name_inside_a_longer_name_says_nothing()
    {
        Assert.Equal("-..-", Bounds("Donations to the Hurricane Harvey Relief Fund will be matched, the mayor said."));
    }

    [Fact]
    public void A_recurring_name_needs_a_date_or_weekday_to_pick_its_occasion()
    {
        Assert.Equal("-..-", Bounds("Turnout in the general election was lower than expected."));
        Assert.Equal("2019-12-12..2020-12-12", Bounds("Labour lost dozens of seats in the general election on 12 December."));
        Assert.Equal("2020-09-24..2020-09-24", Bounds("With 40 days until the Nov. 3 presidential election, the county is hiring poll workers."));
    }

    [Fact]
    public void A_weekday_picks_the_occasion_of_an_ambiguous_name()
    {
        // Irish general elections are held on Fridays but one, UK ones on Thursdays, US ones on Tuesdays.
        Assert.Equal("2020-02-08..2020-02-14", Bounds("Coalition talks began after Saturday's general election, which left no party with a majority."));
    }

    [Fact]
    public void Occasions_the_rest_of_the_evidence_rules_out_are_dropped()
    {
        // Both total eclipses over the US fell on a Monday; a finished happening of 2020 leaves only the later one.
        Assert.Equal("2024-04-08..2024-04-14", Bounds("Monday's total solar eclipse drew crowds to the park.", new DateOnly(2021, 1, 1)));
        Assert.Equal("2017-08-21..2024-04-14", Bounds("Monday's total solar eclipse drew crowds to the park."));
    }

    [Fact]
    public void A_sudden_event_bounds_the_story_whatever_the_tense()
    {
        Assert.Equal("2020-02-11..-", Bounds("Organisers say the festival will return next summer if Covid rules allow."));
    }

    [Fact]
    public void Another_occasion_of_the_name_says_nothing()
    {
        Assert.Equal("-..-", Bounds("Campaigners want a second Scottish independence referendum within five years."));
    }

    [Fact]
    public void A_distance_beside_the_name_sets_the_storys_time()
    {
        Assert.Equal("2022-06-02..2022-06-30", Bounds("Rail staff worked through the Platinum Jubilee earlier this month without a pay rise."));
    }

    [Fact]
    public void The_bounds_give_the_storys_month_when_nothing_fixes_the_day()
    {
        Assert.Equal("2019-02", Infer("Super Bowl LIII was played in Atlanta earlier this month, and hotel rooms emptied fast."));
    }

    [Fact]
    public void A_day_at_the_end_of_the_events_own_clause_is_its_day()
    {
        // The name is the subject of a verb of taking place; the weekday ends that clause, past an aside between dashes.
        Assert.Equal("2021-10-25..2021-10-30", Bounds("Hotels are filling up as COP26 opens its doors — and its fringe venues — to delegates in Glasgow this Sunday."));
        Assert.Equal("2019-02-03..2019-02-09", Bounds("Super Bowl LIII came to the city with little fanfare on Sunday, and hotel rooms emptied fast."));
        // A day after a comma is another clause's.
        Assert.Equal("2019-02-03..-", Bounds("Super Bowl LIII came and went quietly, the coach said on Sunday."));
    }

    [Fact]
    public void A_week_the_named_events_leave_gives_the_day_of_the_leads_weekday()
    {
        // News does not name its own day by weekday: the game told as played Sunday is Monday's story.
        Assert.Equal("2019-02-04", Infer("Super Bowl LIII was played Sunday in Atlanta, and hotel rooms emptied fast."));
        Assert.Equal("2019-01-30", Infer(
            "The city council on Tuesday approved extra bus routes for the crowds that Super Bowl LIII brings to Atlanta this Sunday."));
    }

    [Fact]
    public void A_count_down_to_a_known_day_gives_the_storys_day()
    {
        Assert.Equal("2020-09-24", Infer("With 40 days until the Nov. 3 presidential election, the county is hiring poll workers."));
    }

    [Fact]
    public void A_dated_mention_of_the_other_occasion_does_not_pick_it()
    {
        // "Aug. 21, 2017" is the earlier eclipse, told as past: the coming Monday's is the later one.
        Assert.Equal("2024-04-06..2024-04-06", Bounds(
            "With Monday's total solar eclipse two days away, motel owners are fully booked. The last one, on Aug. 21, 2017, drew similar crowds.",
            new DateOnly(2017, 8, 22)));
    }

    [Fact]
    public void A_possessive_weekday_and_a_distance_ahead_pin_a_coming_occasion()
    {
        Assert.Equal("2024-04-06..2024-04-06", Bounds("With Monday's total solar eclipse two days away, motel owners in the path of totality are fully booked.", new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void The_names_own_verb_tells_its_tense()
    {
        Assert.Equal("-..2018-03-03", Bounds("Storm Emma, moving north from Portugal, is expected to bring snow to the south coast."));
        Assert.Equal("2020-02-08..-", Bounds("Storm Ciara flooded dozens of homes in the valley."));
    }

    [Fact]
    public void A_lead_counting_from_the_event_tells_the_storys_time()
    {
        Assert.Equal("2018-10-24..2018-10-24", Bounds("Two weeks after Hurricane Michael made landfall, thousands in Panama City are still without power."));
        // Further in, the count dates a past happening, not the story.
        Assert.Equal("2005-08-25..-", Bounds("The school reopened in 2009. Its roof was repaired quickly. The gym flooded too. "
            + "Two weeks after Hurricane Katrina, the principal moved the classes to a church hall."));
    }

    [Fact]
    public void A_date_after_another_name_belongs_to_that_one()
    {
        Assert.Equal("2023-11-01..2023-11-30", Bounds("It was the third storm of the season, after Storm Agnes in September and Storm Babet last month."));
    }

    [Fact]
    public void A_day_beside_a_word_coined_at_the_time_is_some_other_happenings()
    {
        Assert.Equal("2020-02-11..-", Bounds("Teachers became eligible for Covid-19 vaccines today."));
    }

    [Fact]
    public void A_future_of_a_past_moment_says_nothing()
    {
        Assert.Equal("-..-", Bounds("Ministers had expected that Storm Eunice would weaken before it reached the coast."));
    }

    [Fact]
    public void A_name_dated_without_its_year_is_within_a_year_of_the_story()
    {
        Assert.Equal("2018-12-12..2020-12-12", Bounds("Shopkeepers had hoped that the general election on December 12 would bring customers back."));
        Assert.Equal("2023-07-04..2024-07-03", Bounds("Unions plan further walkouts ahead of the general election on 4 July."));
    }

    [Fact]
    public void An_anniversary_of_a_known_event_moves_it_on_by_the_years()
    {
        // Wednesday 4 April 2018: the story is in the days before it.
        Assert.Equal("2018-03-29..2018-04-03", Bounds("Marchers set off on Monday ahead of Wednesday's 50th anniversary of the assassination of Martin Luther King."));
        Assert.Equal("2020-12-14..2021-06-13", Bounds("Survivors will gather to mark the fourth anniversary of the Grenfell fire."));
    }

    [Fact]
    public void A_round_count_of_years_from_a_known_event_puts_the_story_about_then()
    {
        Assert.Equal("2025-05-05..2026-07-05", Bounds("Ten years since Storm Desmond, the town's new flood walls are finally finished."));
        Assert.Equal("2022-07-24..2023-09-24", Bounds("Villagers met to mark one year since Russia's full-scale invasion."));
        Assert.Equal("2019-01-25..2020-03-25", Bounds("Two years after Hurricane Harvey swamped the bayou, most buyout offers are still unanswered."));
    }

    [Fact]
    public void A_bare_election_is_picked_by_the_date_beside_it_never_by_a_weekday()
    {
        // Tuesday 5 November was Election Day in 2019 and 2024; the rest of the evidence rules out 2019.
        Assert.Equal("2024-11-05..2025-11-05", Bounds("Turnout in the Nov. 5 election was the highest in decades.", new DateOnly(2023, 3, 1)));
        Assert.Equal("2020-02-08..2021-02-08", Bounds("The party topped the poll in the election on February 8."));
        Assert.Equal("-..-", Bounds("Voters rejected the library levy in Tuesday's election."));
    }

    [Fact]
    public void A_count_of_months_moves_the_event_on_by_the_months()
    {
        // Storm Babet: 18 October 2023; six months on is 18 April 2024, give or take a month.
        Assert.Equal("2024-03-18..2024-05-18", Bounds("Six months since Storm Babet, some families are still in temporary homes."));
    }

    [Fact]
    public void A_storm_is_found_by_its_bare_name_before_what_it_brought()
    {
        Assert.Equal("2017-09-06..-", Bounds("Insurers are still counting the cost of Irma's landfall in the Keys."));
        Assert.Equal("-..-", Bounds("Emma's mother said the school had been helpful."));
    }

    [Fact]
    public void A_count_after_a_known_event_further_in_tells_a_past()
    {
        Assert.Equal("2017-06-14..-", Bounds("The council met on Monday.\n\nThe bids were opened. Officers were pleased.\n\nThree years after the Grenfell fire, she moved to Leeds."));
    }

    [Fact]
    public void The_pandemic_in_the_words_news_uses_comes_after_the_outbreak()
    {
        Assert.Equal("2020-02-11..-", Bounds("Weekend ridership is still below pre-pandemic levels."));
        Assert.Equal("2020-02-11..-", Bounds("Footfall has not recovered since the pandemic, traders said."));
        Assert.Equal("-..-", Bounds("Hospitals must plan for a pandemic, the report said."));
    }

    [Fact]
    public void A_numbered_edition_is_that_years_event()
    {
        // The 143rd Kentucky Derby was run on Saturday 6 May 2017.
        Assert.Equal("2017-04-30..2017-05-05", Bounds("Heavy rain will soak Saturday's 143rd Kentucky Derby, forecasters say."));
    }

    [Fact]
    public void A_name_ends_where_its_word_does()
    {
        Assert.Equal("-..-", Bounds("Campaigners are pressing for indyref2 before the next Holyrood term."));
    }

    [Fact]
    public void A_quoted_name_of_its_own_is_the_narratives()
    {
        Assert.Equal("2018-02-24..-", Bounds("The cold snap, dubbed the \"Beast from the East\", closed hundreds of schools."));
    }
}
