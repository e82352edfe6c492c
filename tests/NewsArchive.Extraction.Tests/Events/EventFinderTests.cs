using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

public sealed class EventFinderTests
{
    private static readonly EntitySet NoEntities = new([], [], []);

    private static IReadOnlyList<ExtractedEvent> Find(string body, string published = "2019-04-12", EntitySet? entities = null)
    {
        var doc = TestDocument.FromParagraphs(body);
        PartialDate.TryParseIso(published, out var date);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(date, false), entities ?? NoEntities);
    }

    private static List<string> Dates(string body, string published = "2019-04-12") =>
        Find(body, published).Select(e => e.Date.ToIso()).ToList();

    [Fact]
    public void Makes_one_event_per_dated_happening_with_its_sentence()
    {
        var events = Find("The board met on Tuesday. It was sunny. In August 2017, the council passed an ordinance.");
        Assert.Equal(["2019-04-09", "2017-08"], events.Select(e => e.Date.ToIso()));
        Assert.Equal("The board met on Tuesday.", events[0].Text);
        Assert.Equal(new TextSpan(0, 25), events[0].Span);
        Assert.Equal("In August 2017, the council passed an ordinance.", events[1].Text);
    }

    [Fact]
    public void Makes_two_events_for_two_separately_dated_happenings_in_one_sentence()
    {
        Assert.Equal(["2018-11", "2019-02"], Dates("Officials tried once in November, as talks stalled, and again in February, amid a standoff."));
    }

    [Fact]
    public void Makes_one_event_when_two_mentions_name_the_same_day()
    {
        Assert.Equal(["2019-04-12"], Dates("The threat came today, April 12, when the president tweeted."));
    }

    [Fact]
    public void Lets_a_finer_date_stand_for_a_coarser_one_in_the_same_sentence()
    {
        Assert.Equal(["2015-03"], Dates("In 2015, the council met in March to vote."));
    }

    [Theory]
    [InlineData("The city has taken steps in recent years to bolster protections.")]
    [InlineData("Officials proposed it twice in the past six months.")]
    [InlineData("The family has farmed here for decades.")]
    [InlineData("Today, many cities face the same choice.")]
    [InlineData("Markets open every Monday.")]
    public void Makes_no_event_from_vague_spans_or_undated_habits(string body)
    {
        Assert.Empty(Find(body));
    }

    [Fact]
    public void Makes_no_event_from_a_dateline_or_an_update_stamp()
    {
        Assert.Equal(["2019-04-10"], Dates("DENVER, April 12 (Wire) — The council voted on Wednesday to delay the plan.\n\nUpdated April 12, 2019"));
    }

    [Fact]
    public void Resolves_future_dates_forward_from_publication()
    {
        Assert.Equal(["2020-03-12", "2019-05"], Dates("The trial is scheduled to begin on March 12. The council will vote in May."));
    }

    [Fact]
    public void Does_not_take_an_ordinary_word_like_updated_for_a_page_stamp()
    {
        Assert.Equal(["2019-04-09", "2019-10-15"], Dates("The agency said Tuesday it would release updated figures on Oct. 15."));
    }

    [Fact]
    public void Reads_a_passive_future_and_an_adjective_as_future_not_past()
    {
        // Published Friday 12 April 2019.
        Assert.Equal(["2019-04-18", "2019-04-15"],
            Dates("A public meeting will be held on Thursday. The firm will write to affected customers on Monday."));
    }

    [Fact]
    public void Does_not_let_a_trailing_attribution_set_the_tense_of_what_it_reports()
    {
        Assert.Equal(["2019-05-12"], Dates("The union will ballot its members on 12 May, he added."));
    }

    [Fact]
    public void Keeps_a_stated_year_that_only_follows_a_date_resolved_on_its_own()
    {
        Assert.Equal(["2019-03-28", "2018"],
            Dates("The audit, released March 28, found that the college ran a deficit in 2018 while reporting a surplus."));
    }

    [Fact]
    public void Counts_a_past_tense_that_looks_like_the_present()
    {
        Assert.Equal(["2018-08"], Dates("A rival cut 800 jobs in August, and others froze hiring."));
    }

    [Fact]
    public void Dates_a_happening_last_week_by_that_week_s_monday_and_leaves_this_week_and_next_week_as_periods()
    {
        // Published Friday 2019-04-12: last week began on Monday 1 April (the corpus convention, day precision).
        Assert.Equal(["2019-04-01"], Dates("The minister raised the matter last week."));
        Assert.Empty(Dates("The minister will raise the matter next week. Talks continue this week."));
    }

    [Fact]
    public void Resolves_relative_dates_against_publication()
    {
        Assert.Equal(["2019-04-11", "2018", "2019-03"], Dates("The mayor resigned yesterday. Crime fell last year. Prices rose last month."));
    }

    [Fact]
    public void Dates_a_quotation_of_an_earlier_report_against_that_report()
    {
        var body = "The row follows a June 30 report by the Harbor Gazette that found delays.\n\n"
                 + "\u201cThe city missed its deadline in June, and again in July,\u201d the report notes.";
        // Published 5 July: "July" in the report of 30 June is the July before it, not this one.
        Assert.Equal(["2019-06-30", "2019-06", "2018-07"], Dates(body, "2019-07-05"));
    }

    [Fact]
    public void Understands_UK_style_dates_and_weekdays()
    {
        Assert.Equal(["2019-03-12", "2019-04-05"], Dates("Mr Blair said on 12 March that he would stand. The party met last Friday."));
    }

    [Fact]
    public void Lists_the_entities_mentioned_in_the_sentence_as_actors_in_order()
    {
        var body = "In 2018, ICE sent requests to the sheriff. Ann Lee agreed.";
        var ice = new ExtractedEntity(EntityKind.Organization, "Immigration and Customs Enforcement", ["ICE"], [], [new TextSpan(9, 12)]);
        var sheriff = new ExtractedEntity(EntityKind.Organization, "Denver Sheriff Department", [], [], [new TextSpan(34, 41)]);
        var lee = new ExtractedEntity(EntityKind.Person, "Ann Lee", [], [], [new TextSpan(43, 50)]);
        var events = Find(body, entities: new EntitySet([lee], [sheriff, ice], []));
        Assert.Equal(["Immigration and Customs Enforcement", "Denver Sheriff Department"], Assert.Single(events).Actors);
    }

    [Fact]
    public void Keeps_dates_with_a_stated_year_when_the_publication_date_is_unknown()
    {
        var doc = TestDocument.FromParagraphs("In 2018, the board rejected the plan. It met again in May.");
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        var events = new EventFinder().Find(doc, sentences, null, NoEntities);
        Assert.Equal(["2018"], events.Select(e => e.Date.ToIso()));
    }

    [Theory]
    [InlineData("Revenue had risen 4% this year.")]
    [InlineData("Brightway accounted for 11% of Acme's revenue last year.")]
    [InlineData("Sales have doubled since 2015.")]
    [InlineData("Sales slipped in the quarter, which ended March 31.")]
    [InlineData("The council set its budget for 2019-20.")]
    [InlineData("\"We knew about this in 2016,\" she said.")]
    [InlineData("\"The town has changed since 2016,\" she said.")]
    public void Makes_no_event_from_period_words_spans_fiscal_years_or_quoted_states(string body)
    {
        Assert.Empty(Dates(body));
    }

    [Fact]
    public void Keeps_a_speakers_own_past_happening_inside_a_quotation()
    {
        Assert.Equal(["2016"], Dates("\"We closed the plant in 2016,\" she said."));
    }

    [Theory]
    [InlineData("\"The plant closed in 2016 and never came back,\" she said.")]
    [InlineData("\"We will be back here next June,\" the mayor said.")]
    [InlineData("\"The carriers that are failing bought trucks at the top of the market in 2021,\" said the analyst.")]
    public void Drops_a_date_a_speaker_gives_inside_a_quotation(string body)
    {
        Assert.Empty(Dates(body));
    }

    [Fact]
    public void Keeps_a_day_a_speaker_writes_out_inside_a_quotation()
    {
        Assert.Equal(["2019-05-14"], Dates("\"Counties must finish their canvass by May 14,\" the clerk said.", "2019-04-12"));
    }

    [Fact]
    public void Dates_whole_years_counted_back_from_the_story_to_the_year()
    {
        Assert.Equal(["2016"], Dates("A teenager spotted the jawbone in a creek bank two years ago.", "2018-06-01"));
    }

    [Fact]
    public void Makes_no_second_event_of_whole_years_counted_back_beside_a_date()
    {
        Assert.Equal(["1989-09-22"], Dates("Hurricane Hugo made landfall on Sept. 22, 1989, 29 years ago.", "2018-06-01"));
    }

    [Fact]
    public void Makes_no_event_of_whole_years_counted_back_after_a_verb_of_state()
    {
        Assert.Empty(Dates("Sales were down by a quarter from what they were two years ago.", "2018-06-01"));
    }

    [Theory]
    [InlineData("Butter dropped to £4,850 a tonne, its lowest level since the start of 2017.")]
    [InlineData("A run of nine defeats since the beginning of November left the club two points above the drop zone.")]
    public void Makes_no_event_of_a_span_from_the_start_of_a_period(string body)
    {
        Assert.Empty(Dates(body));
    }

    [Fact]
    public void Keeps_last_year_when_a_verb_of_happening_dates_it()
    {
        Assert.Equal(["2018"], Dates("The family moved from Lima last year."));
    }

    [Fact]
    public void Combines_a_month_with_of_last_year_into_one_event()
    {
        Assert.Equal(["2018-05"], Dates("She retired in May of last year."));
    }

    [Fact]
    public void Takes_that_year_from_the_nearest_year_written_before_it()
    {
        Assert.Equal(["2015-09"], Dates("The 2015 Hollow Creek flood, which destroyed 40 homes in September of that year, is still remembered."));
    }

    [Fact]
    public void Resolves_a_month_forward_after_starting()
    {
        Assert.Equal(["2020-01"], Dates("The district banned phones in classrooms, starting in January.", published: "2019-10-14"));
    }

    [Fact]
    public void Resolves_a_fixture_weekday_forward()
    {
        Assert.Equal(["2019-04-17"], Dates("The club plays at Denver on Wednesday."));
    }

    [Fact]
    public void Resolves_a_weekday_before_a_that_clause_against_publication_in_the_past()
    {
        Assert.Equal(["2019-04-08", "2019-04-18"], Dates("The union said in a statement on Monday that members would strike next Thursday, April 18."));
    }

    [Fact]
    public void Does_not_carry_a_stated_year_across_a_dash_clause()
    {
        Assert.Equal(["2018-06-11", "2019-09-01"],
            Dates("Lee, free since his arrest on June 11, 2018 — a year before the trial — must report to prison by Sept. 1."));
    }

    [Fact]
    public void Makes_no_event_from_a_possessive_weekday()
    {
        Assert.Equal(["2019-04-10"], Dates("Shares fell 5% on Wednesday. They had risen before Wednesday's report."));
    }

    [Fact]
    public void Dates_a_deadline_for_what_someone_was_ordered_to_do_ahead_of_the_order()
    {
        Assert.Equal(["2019-06-03"], Dates("The driver was ordered to surrender his licence by June 3."));
    }

    [Fact]
    public void Dates_a_hearing_set_for_a_day_in_the_future()
    {
        Assert.Equal(["2019-10-12"], Dates("A hearing to recover the money has been set for 12 October."));
    }

    [Fact]
    public void Gives_a_month_after_that_the_year_written_before_it()
    {
        Assert.Equal(["1991-02", "1991-12"], Dates("In February 1991, a flood closed the mill. Neighbours raised the money, and it reopened that December."));
    }

    [Fact]
    public void Reads_a_month_followed_by_next_year_as_one_date()
    {
        Assert.Equal(["2020-03"], Dates("The operator will lose the contract in March next year."));
    }

    [Fact]
    public void Dates_a_year_before_a_profile_manifesto_or_audit()
    {
        Assert.Equal(["2011", "2015", "2017"],
            Dates("A 2011 profile in the Gazette called it a landmark. The party broke its 2015 manifesto pledge. A 2017 audit by the council had warned of the risk."));
    }

    [Fact]
    public void Makes_no_event_of_what_would_have_happened()
    {
        Assert.Empty(Dates("She would have turned 90 today."));
    }

    [Fact]
    public void Makes_no_event_of_a_baseline_of_comparison_or_a_condition()
    {
        Assert.Empty(Dates("Wages remain lower than they were in 2008. \"If the work runs into May, we lose the season,\" he said."));
    }

    [Fact]
    public void Makes_no_event_of_declining_to_comment_or_not_responding()
    {
        Assert.Empty(Dates("A spokesman for the firm declined to comment on Wednesday. The mayor did not immediately respond on Thursday."));
    }

    [Fact]
    public void Makes_no_event_of_a_span_end_or_a_snapshot()
    {
        Assert.Empty(Dates("Dry weather is likely to persist through May. More than 900 firefighters were on the line as of Thursday."));
    }

    [Fact]
    public void Dates_the_previous_first_since_but_not_the_start_of_a_held_state()
    {
        // "has owned … since 2003" tells a state held ever since, not a happening (later annotation sets agree).
        Assert.Equal(["2017-04"],
            Dates("Pierce has owned the grill since 2003. It was the club's first win over its rivals since April 2017. Complaints have risen since 2015."));
    }

    [Fact]
    public void Keeps_a_year_in_another_clause_beside_a_finer_date_in_that_year()
    {
        Assert.Equal(["2016-05", "2016"], Dates("The state passed a law in May 2016; the city's own rule, adopted in 2016, was stricter."));
    }

    [Fact]
    public void Dates_later_this_year_as_the_year_but_not_a_bare_this_year()
    {
        Assert.Equal(["2019"], Dates("The ministry will publish its strategy later this year. Sales this year are flat."));
    }

    [Fact]
    public void Makes_no_event_of_a_plan_told_in_the_past_perfect()
    {
        Assert.Empty(Dates("The deal came days before the agency had planned to cut service starting May 3. " +
                           "The council had warned that it would close three libraries in June without new money."));
    }

    [Fact]
    public void Makes_no_event_of_a_date_that_bounds_a_class_of_things()
    {
        Assert.Equal(["2019-03"], Dates("About 40 percent of flats are in buildings constructed after 2004. The city adopted the cap in March."));
    }

    [Fact]
    public void Makes_no_event_of_how_far_something_had_got_by_a_weekday()
    {
        Assert.Equal(["2019-04-08"], Dates("The fire, which started on Monday, had burned 9,000 acres by Thursday morning."));
    }

    [Fact]
    public void Dates_a_happening_told_next_month_and_then_as_the_strike_on_a_day_once()
    {
        Assert.Equal(["2019-05-09"], Dates("Nurses will walk out for three days next month. The strike, beginning on 9 May, will be the first in a decade."));
    }

    [Fact]
    public void Keeps_a_month_and_a_day_in_it_when_the_next_sentence_does_not_retell_the_happening()
    {
        Assert.Equal(["2019-03", "2019-03-14"], Dates("Sales fell last month. On 14 March, the chief executive resigned."));
    }

    [Fact]
    public void Dates_a_clause_whose_only_verb_is_an_irregular_past_like_drew()
    {
        Assert.Equal(["2014", "2016"], Dates("The last election, in 2014, drew a record turnout. In 2016 the old bridge broke apart."));
    }

    [Fact]
    public void Makes_no_event_of_this_month_as_a_period_but_dates_earlier_this_month()
    {
        Assert.Equal(["2019-04"], Dates("It is the third time this month that the line has failed. The council voted earlier this month to replace it."));
    }

    [Fact]
    public void Dates_a_hearing_adjourned_until_a_day_ahead_of_the_adjournment()
    {
        Assert.Equal(["2019-04-30"], Dates("The hearing was adjourned until 30 April."));
    }

    [Fact]
    public void Does_not_give_a_future_clause_the_past_year_stated_before_it()
    {
        Assert.Equal(["2015-05", "2019-05"], Dates("Mr Patel, who was first elected in May 2015, will stand down at the election in May."));
    }

    [Fact]
    public void Keeps_a_year_inside_a_which_clause_from_dating_the_rest_of_the_sentence()
    {
        var dates = Dates("The mill owner, which bought the site in 2011, said its kiln was damaged in a fire in February.",
            "2019-04-12");
        Assert.Equal(["2011", "2019-02"], dates);
    }

    [Fact]
    public void Dates_a_when_clause_after_a_month_even_in_a_counterfactual_sentence()
    {
        var dates = Dates("Few fans would have predicted a title charge in October, when the club lost three games in a row.", "2019-04-12");
        Assert.Equal(["2018-10"], dates);
    }

    [Fact]
    public void Dates_a_happening_told_with_a_past_verb_right_before_this_month()
    {
        Assert.Equal(["2019-04"], Dates("The audit, which was completed this month, found gaps in the records.", "2019-04-12"));
        Assert.Empty(Dates("It was the third outage this month at the plant.", "2019-04-12"));
    }

    [Fact]
    public void Skips_a_plan_told_as_had_been_scheduled()
    {
        Assert.Empty(Dates("The firm will delay the opening of a depot, which had been scheduled for next year.", "2019-04-12"));
        Assert.Equal(["2020"], Dates("The firm said the depot is scheduled to open next year.", "2019-04-12"));
    }

    [Fact]
    public void Makes_no_event_of_a_print_edition_note()
    {
        Assert.Empty(Dates("A version of this article appears in print on April 15, 2019, Section A, Page 1 of the New York edition."));
        Assert.Empty(Dates("The story ran in the print edition on April 15, 2019."));
    }

    [Theory]
    [InlineData("A cordon remained in place on Wednesday afternoon near the scene.")]
    [InlineData("The agency said it had 34 flood alerts in place on Wednesday evening.")]
    [InlineData("The bank's capital ratio stood at 13.2% at the end of December.")]
    public void Makes_no_event_of_a_state_held_at_a_time(string body)
    {
        Assert.Empty(Dates(body));
    }

    [Fact]
    public void Makes_no_event_of_a_comparison_baseline_but_keeps_a_dated_verb_inside_one()
    {
        Assert.Empty(Dates("Margins averaged $14 a barrel in the quarter, down from more than $20 a barrel in 2017."));
        Assert.Equal(["2019-02"], Dates("The company expects revenue of $3 billion, down from a previous forecast of $3.5 billion issued in February."));
        Assert.Equal(["2019-03-02"], Dates("Signs went up from March 2 across the town."));
    }

    [Fact]
    public void Makes_no_event_of_a_forecast_year()
    {
        Assert.Empty(Dates("The committee's new projections showed a median of two cuts in 2020."));
    }

    [Fact]
    public void Makes_no_event_of_today_inside_a_quotation()
    {
        Assert.Equal(["2019-04-11"], Dates("The council voted on Thursday to close the pool. \"That's really all it took today,\" a member said."));
    }

    [Fact]
    public void Makes_no_event_of_the_window_a_figure_counts_over()
    {
        Assert.Equal(["2019-04-10"], Dates("Figures released on Wednesday showed 14,820 people crossed between January and mid-March."));
        Assert.Equal(["2019-04-11"], Dates("Figures published on Thursday showed 900 claims between January and March."));
    }

    [Theory]
    [InlineData("By the end of March, 1,180 people had been returned.")]
    [InlineData("The company reported a fall in profit for the year to December.")]
    [InlineData("The offer is a premium of 38 per cent to its closing price on Tuesday.")]
    [InlineData("Forecasters said the rest of March looked unsettled.")]
    [InlineData("The lecture moved Thursday evening's talk to the main hall.")]
    [InlineData("Investors turned to February's price index.")]
    public void Makes_no_event_of_a_count_so_far_a_reporting_period_a_price_a_stretch_or_a_label(string body)
    {
        Assert.Empty(Dates(body));
    }

    [Fact]
    public void Dates_what_a_market_waits_for_ahead_of_it_in_the_future()
    {
        Assert.Equal(["2019-04-18"], Dates("Shares closed higher ahead of the central bank's decision on Thursday."));
    }

    [Fact]
    public void Makes_no_second_event_when_a_quotation_only_retells_a_day_the_narrative_dates()
    {
        var body = "The seat will be on the ballot again in November 2019.\n\n\"We'll be back next November and we expect to win,\" a spokesman said.";
        Assert.Equal(["2019-11"], Dates(body, "2019-04-12"));
    }

    [Fact]
    public void Drops_a_quoted_plan_the_narrative_does_not_give()
    {
        var body = "The council voted on Thursday.\n\n\"We will meet again in June,\" the mayor said.";
        Assert.Equal(["2019-04-11"], Dates(body, "2019-04-12"));
    }

    [Theory]
    [InlineData("The Bears visit the Vikings on May 2.", "2019-05-02")]
    [InlineData("Newcastle face Brentford at home on Saturday.", "2019-04-13")]
    [InlineData("The coach said the striker would have a scan on Monday.", "2019-04-15")]
    [InlineData("The bidder has until 5pm on 14 May to make a firm offer.", "2019-05-14")]
    public void Dates_fixtures_plans_and_time_allowed_in_the_future(string body, string expected)
    {
        Assert.Equal([expected], Dates(body));
    }

    [Fact]
    public void Reads_play_off_as_a_noun_not_a_fixture()
    {
        Assert.Equal(["2019-04-06"], Dates("The header sent Vale into the play-off places on Saturday."));
    }

    [Fact]
    public void Makes_no_event_of_when_a_contract_runs_out()
    {
        Assert.Equal(["2019-04-12"], Dates("The striker signed a contract until 2031 on Friday."));
    }

    [Fact]
    public void Dates_a_weekday_or_month_possessive_that_names_a_happening_but_not_a_label()
    {
        Assert.Equal(["2026-11-14"], Dates("The coach was sacked following Saturday's 2-0 defeat at home.", "2026-11-17"));
        Assert.Equal(["2026-06"], Dates("The rookie was taken with the 41st pick in last June's draft.", "2026-11-17"));
        Assert.Empty(Dates("Investors will next turn to February's price index.", "2026-11-17"));
    }

    [Fact]
    public void Counts_later_and_following_from_the_happening_told_before_not_from_the_story_day()
    {
        Assert.Equal(["2026-05-14", "2026-05-16"],
            Dates("The victim was found on 14 May. He was arrested two days later.", "2026-11-11"));
        Assert.Equal(["2021", "2022"], Dates("In 2021, the city ended the program. It reversed course the following year.", "2026-11-11"));
        Assert.Equal(["2026-05-14", "2026-11-11", "2026-05-16"],
            Dates("The victim was found on 14 May. Opening the case on Wednesday, the prosecutor said he was arrested two days later.", "2026-11-11"));
    }

    [Fact]
    public void Does_not_read_later_than_as_a_date()
    {
        Assert.Empty(Dates("The report said the squadron was likely to be ready about two years later than planned.", "2026-11-11"));
    }

    [Fact]
    public void Resolves_calendar_dates_against_the_latest_past_month_day_when_only_the_publication_year_is_known()
    {
        var dates = Dates("The Legislature passed the bill Sept. 10. The commissioner warned in June that the plan was failing. "
            + "He was dropped by his insurer last year. Insurers must file plans by March 1. Hearings will be held on Oct. 22.", "2026");
        Assert.Equal(["2026-09-10", "2026-06", "2025", "2027-03-01", "2026-10-22"], dates);
    }

    [Fact]
    public void Leaves_weekdays_and_future_months_unresolved_when_only_the_publication_year_is_known_and_no_past_month_is_told()
    {
        var dates = Dates("The governor signed the bill on Tuesday. The law was first proposed last year. It takes effect in March.", "2026");
        Assert.Equal(["2025"], dates);
    }

    [Fact]
    public void Makes_no_event_of_a_likelihood_or_a_limit_something_comes_before()
    {
        Assert.Empty(Dates("The consultant said bills were likely to fall slightly in April.", "2026-11-11"));
        Assert.Empty(Dates("The court is expected to issue its final opinions before the July 4 holiday.", "2026-06-22"));
        Assert.Equal(["2026-06-26"], Dates("The ruling is scheduled for release on Friday.", "2026-06-22"));
    }

    [Fact]
    public void Dates_a_phrasal_happening_an_after_gerund_and_an_older_year_after_a_past_verb()
    {
        Assert.Equal(["2026-02"], Dates("The MP stood down in February to take up a post with a charity.", "2026-11-20"));
        Assert.Equal(["2026-07"], Dates("The club is rebuilding after trading its best guard to Boston in July.", "2026-11-20"));
        Assert.Equal(["1791"], Dates("The ropeworks, built in 1791 beside the basin, supplied rigging for ships.", "2026-11-20"));
        Assert.Empty(Dates("The rate stood at 4.2% in February.", "2026-11-20"));
        Assert.Empty(Dates("The firm invested in 1500 homes.", "2026-11-20"));
    }

    [Fact]
    public void Dates_a_plan_for_next_year_in_a_future_clause_but_not_a_possibility_or_a_quoted_one()
    {
        Assert.Equal(["2027"], Dates("The company would close its plant in Ohio by the end of next year.", "2026-10-28"));
        Assert.Equal(["2027"], Dates("The theatre will reopen with a production that would be announced next year.", "2026-10-28"));
        Assert.Empty(Dates("She said lawmakers would have to return to the issue next year.", "2026-10-28"));
        Assert.Empty(Dates("\"We'll be having this conversation again next year,\" she said.", "2026-10-28"));
    }

    [Fact]
    public void Takes_a_date_a_plan_was_originally_due_for_as_no_event()
    {
        var dates = Dates("The first boat was originally due in 2028. The yard said on Monday that it will now arrive in 2030.");
        Assert.Equal(["2019-04-08", "2030"], dates);
    }

    [Fact]
    public void Takes_a_weather_forecast_or_a_predicted_by_limit_as_no_event_but_keeps_deadlines_and_plans()
    {
        Assert.Empty(Dates("Forecasters said more heavy rain would fall over the moors on Wednesday.", "2026-01-12"));
        Assert.Empty(Dates("The agency said the river was expected to peak early on Thursday.", "2026-01-12"));
        Assert.Empty(Dates("Trains are expected to return to normal by 8am on Wednesday.", "2026-01-12"));
        Assert.Empty(Dates("The airline expects most of its jets to fly again by the end of March.", "2026-01-12"));
        Assert.Equal(["2026-01-14"], Dates("Residents must be out by noon on Wednesday.", "2026-01-12"));
        Assert.Equal(["2026-01-16"], Dates("The bridge is expected to reopen on Friday.", "2026-01-12"));
        Assert.Equal(["2026-01-10"], Dates("Heavy rain fell across the valley on Saturday.", "2026-01-12"));
    }

    [Fact]
    public void Takes_how_long_a_state_lasts_as_no_event_but_keeps_a_happening_held_off_until_a_day()
    {
        Assert.Empty(Dates("The dry season, which normally runs until May, has been unusually long.", "2026-01-12"));
        Assert.Empty(Dates("The ferry service was suspended until Wednesday.", "2026-01-12"));
        Assert.Equal(["2026-02-05"], Dates("The lecture had been postponed until 5 February.", "2026-01-12"));
        Assert.Equal(["2025-12-11"], Dates("Engineers did not attend until 11 December.", "2026-01-12"));
    }

    [Fact]
    public void Takes_a_read_more_link_line_as_page_furniture()
    {
        Assert.Empty(Dates("Read more: Every rail walkout planned this month", "2026-01-12"));
        Assert.Equal(["2025-12"], Dates("Read more about the fire, which began in December.", "2026-01-12"));
    }

    [Fact]
    public void Gives_a_yearless_day_the_year_of_the_full_date_told_just_before_it()
    {
        Assert.Equal(["2024-03-02", "2024-03-09"],
            Dates("A sewer pipe burst at the station on 2 March 2024. Crews did not arrive until 9 March, the court heard.", "2026-10-20"));
        Assert.Equal(["2024-03-02", "2026-10-09"],
            Dates("A sewer pipe burst at the station on 2 March 2024. The firm admitted the offence on 9 October.", "2026-10-20"));
    }

    [Fact]
    public void Lists_a_coming_happening_once_when_its_loose_month_is_followed_by_its_day()
    {
        Assert.Equal(["2026-03-18"],
            Dates("Nurses will strike for two days later this month. Their union said they would walk out on 18 and 19 March.", "2026-03-03"));
        Assert.Equal(["2026-02", "2026-02-10"],
            Dates("Nurses went on strike last month. A minister met them on 10 February to discuss pay.", "2026-03-03"));
    }

    [Fact]
    public void Takes_captions_correction_notes_and_a_figure_at_its_peak_as_no_event()
    {
        Assert.Empty(Dates("Image caption: Floodwater reached the doors of the pub on Tuesday evening", "2026-01-15"));
        Assert.Empty(Dates("An earlier version said the vote closed on 9 January.", "2026-01-15"));
        Assert.Empty(Dates("The bill peaked at £3,100 in January 2023.", "2026-01-15"));
        Assert.Equal(["2026-01-09"], Dates("The earlier vote closed on 9 January.", "2026-01-15"));
    }

    [Fact]
    public void Takes_the_end_of_a_span_of_months_as_part_of_a_period()
    {
        Assert.Equal(["2026-02-26"], Dates("The regulator will announce the next cap, covering April to June, on 26 February.", "2026-01-15"));
        Assert.Equal(["2025-06"], Dates("The mayor said the road would close, and it did in June.", "2026-01-15"));
    }

    [Fact]
    public void Makes_an_event_of_a_past_perfect_happening_with_an_irregular_participle()
    {
        // "had" + "written" is a happening, not a state at a time ("it had 34 flood alerts in place on Wednesday").
        Assert.Equal(["2019-04-11"], Dates("The union remained ready to talk and had written to the council last night proposing fresh talks."));
    }

    [Fact]
    public void Makes_no_event_of_a_police_log_number_or_the_page_s_own_history()
    {
        Assert.Empty(Dates("Anyone with information should call 101 quoting log 512 of 9 April.\n\nThis article was amended on 11 April 2019."));
    }

    [Fact]
    public void Dates_what_someone_is_ordered_to_do_on_a_day_ahead_of_the_order()
    {
        // Published Friday 12 April 2019: the judge's order was past, the surrender is the coming Jan. 8.
        Assert.Equal(["2020-01-08"], Dates("The judge ordered him to pay restitution and to surrender to federal authorities on Jan. 8."));
    }

    [Theory]
    [InlineData("A vigil is planned outside the church at 6pm on Thursday.", "2019-04-18")]
    [InlineData("The meeting, which concludes on April 30, will set rates.", "2019-04-30")]
    [InlineData("Postal ballots can still arrive until April 20 and be counted.", "2019-04-20")]
    public void Reads_plans_schedules_and_what_can_still_happen_as_coming(string text, string expected)
    {
        Assert.Equal([expected], Dates(text));
    }

    [Fact]
    public void Dates_the_midterm_elections_on_election_day_whichever_side_the_story_stands()
    {
        Assert.Equal(["2026-11-03"], Dates("Bond yields rose as traders weighed the outcome of Tuesday's midterm elections.", "2026-11-02"));
        Assert.Equal(["2026-11-03"], Dates("She lost her seat in Tuesday's midterm elections.", "2026-11-05"));
    }

    [Fact]
    public void Reads_a_clock_time_s_colon_as_no_clause_break()
    {
        // "at 1:14 a.m." must not cut "called" off from its date.
        Assert.Equal(["2019-04-11"], Dates("The Associated Press called the race at 1:14 a.m. local time Thursday."));
    }

    [Fact]
    public void Makes_no_event_of_the_end_of_a_weather_warning_given_with_a_clock_time()
    {
        Assert.Empty(Dates("The Met Office has extended a yellow warning for rain until 18:00 GMT on Friday 19 April."));
    }

    [Theory]
    [InlineData("Ramos, a third-round pick out of Fresno State in 2016, was called up on Aug. 28.", "2016", "2018-08-28")]
    [InlineData("The treaty, signed by forty countries in December 2015, took effect in January.", "2015-12", "2019-01")]
    public void Keeps_a_year_told_in_an_aside_from_the_month_of_the_main_clause(string text, string aside, string main)
    {
        Assert.Equal([aside, main], Dates(text));
    }

    [Theory]
    [InlineData("The council declared an emergency in 2017, and last year raised council tax by the maximum.")]
    [InlineData("He wants to delay the expansion, which the council approved in a 6-3 vote last year.")]
    public void Dates_a_happening_to_last_year_when_its_verb_follows_it_or_stands_before_a_score(string text)
    {
        Assert.Contains("2018", Dates(text));
    }

    [Fact]
    public void Keeps_last_year_apart_from_a_finer_date_with_a_stated_year_in_the_same_sentence()
    {
        Assert.Equal(["2018", "2018-08"], Dates("The board voted last year to revoke the charter, and the school closed in August 2018."));
    }

    [Fact]
    public void Makes_no_event_of_how_long_work_will_continue()
    {
        Assert.Empty(Dates("A renewal programme was already under way and would continue until 2030."));
    }

    [Fact]
    public void Makes_one_event_of_a_day_written_out_in_full_twice()
    {
        Assert.Equal(["1931-05-12", "2019-04-02"],
            Dates("Ada Lane was born on 12 May 1931 in Keswick. Ada Lane, born 12 May 1931, died on 2 April 2019."));
    }

    [Theory]
    [InlineData("The heaters were sold from August 2016 through October 2018 at large retailers.")]
    [InlineData("Fees were held at £9,250 from 2017 until they rose.")]
    [InlineData("Shares posted their steepest fall since early 2018, traders said.")]
    public void Makes_no_event_of_the_start_of_a_span(string text)
    {
        Assert.DoesNotContain(Dates(text), d => d.StartsWith("2016") || d == "2017" || d == "2018");
    }

    [Fact]
    public void Dates_the_start_of_a_role_held_until_a_happening_of_the_person()
    {
        Assert.Equal(["1994"], Dates("From 1994 until his retirement, he taught at the conservatory."));
    }

    [Fact]
    public void Makes_one_event_of_a_coming_happening_the_body_retells_from_the_lead()
    {
        // Published Friday 12 April 2019.
        Assert.Equal(["2019-04-17"], Dates("The midfielder is expected to travel to Leeds for a medical on Wednesday. Talks went on.\n\n"
            + "He will fly to Leeds on Wednesday for a medical before signing."));
    }

    [Fact]
    public void Keeps_distinct_coming_happenings_of_one_day_told_after_the_lead()
    {
        Assert.Equal(["2019-04-16", "2019-04-16"], Dates("Officials spoke. Storms are coming. Winds rose.\n\n"
            + "Residents must leave by noon Tuesday, county officials said. The county will open shelters at noon Tuesday for residents."));
    }

    [Fact]
    public void Lends_no_year_from_the_start_of_a_span_to_a_later_month()
    {
        // Published 12 April 2019: "in March" is March 2019, not March 2017.
        Assert.Contains("2019-03", Dates("The bank has cut rates twice since it resumed cutting in September 2017, most recently in March."));
    }
}
