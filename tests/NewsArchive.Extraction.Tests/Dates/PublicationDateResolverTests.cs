using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

// Not "Tests.Dates": Articles/ArticleComparison.cs writes "Dates.PartialDate", which such a namespace would capture.
namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class PublicationDateResolverTests
{
    private static PublicationDate? Resolve(string body, PartialDate? metadata = null, PartialDate? overridden = null, DateOnly? today = null,
        int? copyright = null)
    {
        var doc = TestDocument.FromParagraphs(body) with { Published = metadata, CopyrightYear = copyright };
        var resolver = today is { } t ? new PublicationDateResolver(t) : new PublicationDateResolver();
        return resolver.Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), overridden);
    }

    [Fact]
    public void Prefers_the_override_to_the_metadata()
    {
        var result = Resolve("Text.", PartialDate.OfDay(new DateOnly(2020, 1, 1)), PartialDate.OfDay(new DateOnly(2021, 5, 6)));
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2021, 5, 6)), false), result);
    }

    [Fact]
    public void Uses_the_metadata_date_when_there_is_no_override()
    {
        var result = Resolve("The vote came today, April 12.", PartialDate.OfDay(new DateOnly(2020, 1, 1)));
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2020, 1, 1)), false), result);
    }

    [Fact]
    public void Infers_day_and_month_from_today_and_the_year_from_finished_past_happenings()
    {
        var result = Resolve("The vote came today, June 3, after months of talks.\n\nIn 2020, the board rejected the plan. In March 2019, it first met.");
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2021, 6, 3)), true), result);
    }

    [Fact]
    public void Infers_a_year_in_which_the_spelled_out_day_falls_after_the_last_past_happening()
    {
        // "In November 2020" is over only after 30 November 2020, so a 12 April publication must be in 2021.
        var result = Resolve("The vote came today, April 12. The plan was drafted in November 2020.");
        Assert.Equal("2021-04-12", result!.Date.ToIso());
    }

    [Fact]
    public void Counts_a_present_perfect_year_as_begun_not_over()
    {
        var result = Resolve("The vote came today, April 12. In 2020, the city has received 40 requests.");
        Assert.Equal("2020-04-12", result!.Date.ToIso());
    }

    [Fact]
    public void Ignores_future_years_when_inferring()
    {
        var result = Resolve("The vote came today, April 12. The plan was drafted in 2018. The law will take effect in 2023.");
        Assert.Equal("2019-04-12", result!.Date.ToIso());
    }

    [Fact]
    public void Takes_a_full_date_spelled_out_as_today_directly()
    {
        var result = Resolve("The vote came today, 3 June 2015.");
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2015, 6, 3)), true), result);
    }

    [Fact]
    public void Reads_day_and_month_from_a_dateline()
    {
        var result = Resolve("LONDON, March 4 (Wire) — Ministers met in 2021 and agreed a plan.");
        Assert.Equal("2022-03-04", result!.Date.ToIso());
    }

    [Fact]
    public void Infers_only_a_year_when_no_day_is_spelled_out()
    {
        var result = Resolve("In 2018, the board rejected the plan.");
        Assert.Equal(new PublicationDate(PartialDate.OfYear(2019), true), result);
    }

    [Fact]
    public void Returns_null_when_nothing_tells_the_date()
    {
        Assert.Null(Resolve("The board rejected the plan."));
        Assert.Null(Resolve("The vote came on Tuesday."));
    }

    [Fact]
    public void Gives_no_date_for_a_spelled_out_day_when_nothing_bounds_its_year()
    {
        // Today's year would be a guess: a story with no date in its metadata may come from any year.
        var today = new DateOnly(2026, 3, 1);
        Assert.Null(Resolve("The vote came today, April 12.", today: today));
        Assert.Null(Resolve("The vote came today, Feb. 12.", today: today));
        // A weekday beside the day fits only some years: the latest up to today.
        Assert.Equal("2020-04-12", Resolve("The vote came today, Sunday, April 12.", today: today)!.Date.ToIso());
        // So does a year the story states.
        Assert.Equal("2025-04-12", Resolve("The vote came today, April 12. The plan was drawn up in 2024.", today: today)!.Date.ToIso());
    }

    [Fact]
    public void Pins_a_weekday_date_to_the_latest_fitting_year_up_to_today_when_no_year_is_stated()
    {
        // 12 April was a Sunday in 2015, 2020 and 2026; the later arrest "on Monday" is the story's day.
        var result = Resolve("The man was found injured shortly after 1am on Sunday 12 April.\n\nA man was arrested on Monday morning, police said.",
            today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-04-13", result!.Date.ToIso());
    }

    [Fact]
    public void Pins_a_weekday_date_near_today_when_the_only_stated_year_is_history()
    {
        // The only year is decades old; 9 December fell on a Tuesday in 1986 and again in 2025.
        var result = Resolve("The plan was backed by the committee on Tuesday 9 December.\n\nThe city first introduced the zones in 1986.",
            today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2025-12-10", result!.Date.ToIso());
    }

    [Fact]
    public void Does_not_take_a_warning_running_until_a_dated_day_as_the_story_day()
    {
        var result = Resolve("Forecasters issued a wind warning on Wednesday, running from 6am until 9pm on Thursday 15 January.\n\nStorm Alba struck in December 2024.",
            today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-01-14", result!.Date.ToIso());
    }

    [Fact]
    public void Takes_the_last_past_weekday_before_a_dated_deadline_the_story_looks_ahead_to()
    {
        // The window opened on Thursday 1 January and shuts on Monday 2 February: the deal agreed "on Wednesday
        // night" and the press conference "on Thursday" are the last ones before the deadline, not the first week.
        var result = Resolve("The club agreed the deal on Wednesday night. The manager said on Thursday that talks went well.\n\n"
            + "The window opened on Thursday 1 January and shuts at 7pm on Monday 2 February.\n\nHe joined the club in 2024.",
            today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day at the earliest (stories never name their own
        // day so).
        Assert.Equal("2026-01-30", result!.Date.ToIso());
    }

    [Fact]
    public void Dates_the_lead_weekday_by_the_last_day_of_a_nearby_meeting_span()
    {
        var result = Resolve("Shares rose after the central bank left rates unchanged on Wednesday.\n\nThe committee held rates at the end of its March 17-18 meeting.\n\nOfficials see two cuts in 2026.",
            today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-03-19", result!.Date.ToIso());
    }

    [Fact]
    public void Pins_the_year_by_the_calendar_when_a_past_date_is_written_with_its_weekday()
    {
        var result = Resolve("In 2019, the county closed the old ferry.\n\nThe board voted 5-2 on Monday night, March 29, to replace it.");
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2021, 3, 30)), true), result);
    }

    [Fact]
    public void Moves_publication_to_a_later_past_weekday_of_the_same_week()
    {
        var result = Resolve("In 2023, the agency hired auditors.\n\nIn a report released Tuesday, Feb. 6, the auditors faulted the agency. The committee voted on Wednesday to cut its funds.");
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2024, 2, 7)), true), result);
    }

    [Fact]
    public void Places_publication_before_a_future_date_written_with_its_weekday()
    {
        // The days between Wednesday and the next week's Thursday stay open: the first of them, the Thursday.
        var (published, eventsDay) = StoryDayReading.Of("In 2022, the talks stalled.\n\nMinisters will meet next Thursday, Oct. 19. "
            + "Diplomats said on Wednesday that a deal was close.", DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal("2023-10-12", published);
    }

    [Fact]
    public void Infers_the_day_from_an_age_turned_today_and_a_birth_date()
    {
        var result = Resolve("Ms. Reyes was born on May 14, 1950, in Tucson. She would have turned 75 today.");
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2025, 5, 14)), true), result);
    }

    [Fact]
    public void Ignores_years_inside_quotations_and_fiscal_spans_when_inferring_the_year()
    {
        var result = Resolve("\"We saw this coming in 2021,\" she said.\n\nThe council set its budget for 2022-23. In 2019, the council cut its grants.");
        Assert.Equal(new PublicationDate(PartialDate.OfYear(2020), true), result);
    }

    [Fact]
    public void Infers_the_day_a_stated_number_of_years_to_the_day_after_a_date_when_the_story_names_that_weekday()
    {
        // 14 March 2023 is a Tuesday.
        var result = Resolve("The builder was sentenced on Tuesday to five years in prison.\n\n" +
                             "He had been free since his arrest on March 14, 2021 — two years to the day before his sentencing.");
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2023, 3, 14)), true), result);
    }

    [Fact]
    public void Ignores_years_to_the_day_when_no_past_weekday_of_the_story_agrees()
    {
        var result = Resolve("The builder was sentenced on Friday.\n\n" +
                             "He had been free since his arrest on March 14, 2021 — two years to the day before his sentencing.");
        Assert.NotEqual(PartialDate.OfDay(new DateOnly(2023, 3, 14)), result?.Date);
    }

    [Fact]
    public void Chooses_the_dateline_year_in_which_the_day_falls_on_the_weekday_the_lead_names()
    {
        // 3 March is a Tuesday in 2026, not in 2025 (a Monday); the 2024 closure only bounds it from below.
        var result = Resolve("LEEDS, March 3 — The mill said on Tuesday that it would reopen.\n\nIt closed in 2024.");
        Assert.Equal("2026-03-03", result!.Date.ToIso());
    }

    [Fact]
    public void Reads_a_dateline_after_a_short_agency_line()
    {
        var result = Resolve("Reuters\n\nOSLO, Feb 5 (Reuters) - The shipping firm said on Thursday it would sell two tankers.\n\nIt bought them in 2024.");
        Assert.Equal("2026-02-05", result!.Date.ToIso());
    }

    [Fact]
    public void Does_not_take_a_date_deep_in_the_text_for_a_dateline()
    {
        var result = Resolve("The plan was approved after a long debate among members of the board.\n\nYORK, May 4 — Something else.\n\nIt closed in 2024.");
        Assert.NotEqual(DatePrecision.Day, result?.Date.Precision);
    }

    [Fact]
    public void Infers_a_match_day_from_the_coming_schedule_of_fixtures()
    {
        // The last Sunday before 3 May 2026 with the coming Thursday still before it; the 2025 final bounds the year; the
        // story runs after the Sunday, on a day the text leaves open: the first of them, the Monday.
        var (published, eventsDay) = StoryDayReading.Of("The Rovers won 3-1 on Sunday afternoon to reach the top four.\n\nThey lost the final in May 2025.\n\n" +
                             "The Rovers meet Leeds on Thursday, then host Derby on May 3.", DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal("2026-04-27", published);
    }

    [Fact]
    public void Does_not_infer_a_match_day_from_a_dated_fixture_without_a_coming_weekday_before_it()
    {
        var result = Resolve("The Rovers won 3-1 on Sunday afternoon.\n\nThey lost the final in May 2025.\n\nRovers host Derby on May 3.");
        Assert.NotEqual(DatePrecision.Day, result?.Date.Precision);
    }

    [Fact]
    public void Does_not_date_the_lead_weekday_by_a_reporting_period_end()
    {
        // "the quarter that ended June 30" is not the day of Wednesday's results.
        var result = Resolve("The company reported results on Wednesday for the quarter that ended June 30.\n\nIt was founded in March 2021.",
            today: new DateOnly(2026, 11, 25));
        Assert.NotEqual(DatePrecision.Day, result!.Date.Precision);
    }

    [Fact]
    public void Takes_the_first_past_weekday_after_a_dated_happening_when_the_coming_date_is_months_away()
    {
        // The council approved the plan on Tuesday 7 October; the run ends on Saturday 31 January: the announcement
        // "on Thursday" follows the approval, not the last Thursday before a date months ahead.
        var result = Resolve("The owners announced on Thursday that the hall will close.\n\n"
            + "The council approved the plan on Tuesday 7 October. The last concert will be on Saturday 31 January.\n\nThe hall opened in 1911.",
            today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2025-10-10", result!.Date.ToIso());
    }

    [Fact]
    public void Never_pins_a_weekday_date_after_today_when_a_forecast_year_sits_in_a_past_sentence()
    {
        // "has dropped …, and the league projects losses through 2030": the forecast year must not push the
        // board's "Monday, Nov. 17" years past the clock.
        var result = Resolve("The board voted on Monday, Nov. 17, to close the school.\n\n"
            + "Membership has dropped from 900 in 2018 to about 700 this year, and the league projects further losses through 2030.",
            today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2025-11-18", result!.Date.ToIso());
    }

    [Fact]
    public void Reads_a_past_weekday_just_before_a_dated_weekday_as_the_same_week_not_the_next()
    {
        // Sunday comes a day before Monday 14 September, not six days after it; the story's own day is Tuesday.
        var result = Resolve("Workers grew angrier on Tuesday, the second day of the walkout.\n\n"
            + "They walked off the job on Monday, Sept. 14, after the old contract, signed in 2025, expired at midnight Sunday.",
            today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-09-16", result!.Date.ToIso());
    }

    [Fact]
    public void Does_not_move_the_story_day_to_the_end_of_a_span_through_a_weekday()
    {
        var result = Resolve("The county ordered everyone out on Monday, Sept. 14, after a flood in 2025.\n\n"
            + "Schools canceled classes through Thursday.", today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-09-15", result!.Date.ToIso());
    }

    [Fact]
    public void Pins_a_dated_weekday_to_the_first_fitting_year_after_the_evidence()
    {
        // 14 September is a Monday in 2020 and in 2026; a storm of 2017 says "after 2017", and the contract takes the
        // earliest year consistent with the finished happenings.
        var result = Resolve("The county ordered an evacuation on Monday, Sept. 14.\n\nThe last big storm hit in September 2017.",
            today: new DateOnly(2026, 11, 25));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2020-09-15", result!.Date.ToIso());
    }

    [Fact]
    public void Does_not_read_a_planned_opening_before_and_then_a_past_verb_as_the_story_day()
    {
        var result = Resolve("The county ordered an evacuation on Monday, Sept. 14, a year after the 2025 floods.\n\n"
            + "The mayor said the county would open shelters at noon Tuesday and urged residents to leave.",
            today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-09-14", result!.Date.ToIso());
    }

    [Fact]
    public void Counts_back_from_a_date_said_to_be_some_days_away()
    {
        var result = Resolve("The hosts won on Saturday after rain on Thursday.\n\n"
            + "The next match starts in 12 days' time, on Thursday 20 August.", today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-08-08", result!.Date.ToIso());
    }

    [Fact]
    public void Puts_the_story_weekday_between_the_latest_past_and_the_earliest_coming_month_day()
    {
        // The text leaves the days before Sept. 14 open: the first of them, the day after the Wednesday.
        var (published, eventsDay) = StoryDayReading.Of("The firm disclosed the breach in a filing on Wednesday.\n\n"
            + "Intruders got into its network on Aug. 28, and a gang claimed the attack on Sept. 3.\n\n"
            + "The firm will begin mailing letters on Sept. 14. A similar attack hit a rival in February 2026.",
            new DateOnly(2026, 11, 25));
        Assert.Equal("2026-09-10", published);
    }

    [Fact]
    public void Takes_the_year_of_a_copyright_notice_over_the_first_year_after_the_past_happenings()
    {
        // Without the notice the year would be 2020, the first after the storm of 2019.
        var result = Resolve("DENVER — Snow closed the interstate on Monday. In 2019, a storm closed it for a day.", copyright: 2026,
            today: new DateOnly(2030, 1, 1));
        Assert.Equal(new PublicationDate(PartialDate.OfYear(2026), true), result);
    }

    [Fact]
    public void Pins_a_weekday_date_in_the_latest_fitting_year_up_to_the_copyright_notice()
    {
        // Friday, Nov. 20 falls in 2015, 2020 and 2026; the notice says 2026.
        var result = Resolve("In a notice posted Friday, Nov. 20, the authority cut transits. In 2019, it had cut them too.", copyright: 2026,
            today: new DateOnly(2030, 1, 1));
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-11-21", result!.Date.ToIso());
    }

    [Fact]
    public void Ignores_a_year_after_the_copyright_notice_as_no_past_happening()
    {
        // "leaves office in January 2027" is ahead, even though its clause reads like no future.
        var result = Resolve("The governor signed the bill. Ocampo, who is term-limited, leaves office in January 2027.", copyright: 2026);
        Assert.Equal(new PublicationDate(PartialDate.OfYear(2026), true), result);
    }

    [Fact]
    public void Takes_a_past_weekday_well_ahead_of_a_dated_happening_as_the_days_just_before_it()
    {
        // Friday Nov. 20, 2026; "on Thursday" and "Wednesday" are the two days before it, not the next week's.
        var result = Resolve("In a notice posted Friday, Nov. 20, 2026, the authority cut transits.\n\n"
            + "The lake stood at 80 feet on Thursday. At an auction held Wednesday, a tanker paid a record.");
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-11-21", result!.Date.ToIso());
    }

    [Fact]
    public void Reads_a_weekday_date_after_until_as_a_limit_ahead_of_the_story()
    {
        // The warning runs until Friday 16 January 2026, so the river's past "on Wednesday" is the 14th; the story runs the next day.
        var result = Resolve("The Met Office has extended a warning until 18:00 GMT on Friday 16 January 2026.\n\n"
            + "The river reached 5.19m on Wednesday morning.");
        Assert.Equal("2026-01-15", result!.Date.ToIso());
    }

    [Fact]
    public void Dates_the_story_by_how_long_after_a_dated_happening_it_comes()
    {
        // 4 March 2026 + three weeks = Wednesday 25 March 2026.
        var result = Resolve("The strike comes three weeks after the company announced job cuts on 4 March. In 2025, it made a loss.",
            copyright: 2026, today: new DateOnly(2030, 1, 1));
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2026, 3, 25)), true), result);
    }

    [Fact]
    public void Counts_whole_years_to_the_day_from_a_date_with_its_year()
    {
        // The verdict came on June 3, 2026, a Wednesday; a happening told as over ("came") is reported the day after.
        var result = Resolve("The verdict came exactly two years after the warehouse fire of June 3, 2024.", today: new DateOnly(2030, 1, 1));
        Assert.Equal("2026-06-04", result!.Date.ToIso());
    }

    [Fact]
    public void Keeps_the_day_a_present_comes_after_counts_to()
    {
        var result = Resolve("The verdict comes exactly two years after the warehouse fire of June 3, 2024.", today: new DateOnly(2030, 1, 1));
        Assert.Equal("2026-06-03", result!.Date.ToIso());
    }

    [Fact]
    public void Pins_the_year_of_a_weekday_date_a_happening_is_counted_from()
    {
        // Monday, March 16 falls in 2026 (and 2020, 2015); the report came two days later, on the 18th, and ran on the 19th.
        var result = Resolve("Waiting lists rose again, according to figures published yesterday.\n\n"
            + "The figures came two days after the minister told MPs on Monday, March 16, that the plan was working.",
            today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-03-19", result!.Date.ToIso());
    }

    [Fact]
    public void Lets_a_weekday_date_the_story_when_a_count_of_months_only_rounds_its_distance()
    {
        // "six months after" May 3 is only about November 3; the vote "on Monday" before the coming Wednesday, Nov. 11 is Nov. 9,
        // told the next day.
        var result = Resolve("The council voted on Monday to rebuild the pier. The vote comes six months after the May 3, 2026, storm. "
            + "A public meeting will be held Wednesday, Nov. 11.", today: new DateOnly(2030, 1, 1));
        Assert.Equal("2026-11-10", result!.Date.ToIso());
    }

    [Fact]
    public void Takes_the_year_of_a_day_counted_from_the_fiscal_span_the_story_is_about()
    {
        // "November 2024" alone would put April 7 in 2025; the 2026-27 budget is this year's business.
        var result = Resolve("Today's vote on the fiscal 2026-27 budget comes two weeks to the day after an April 7 hearing. "
            + "Voters rejected a sales tax in November 2024.", today: new DateOnly(2026, 11, 25));
        Assert.Equal("2026-04-21", result!.Date.ToIso());
    }

    [Fact]
    public void Puts_the_story_weekday_on_or_just_after_the_latest_past_month_and_day()
    {
        // Oct. 6, 2026 is a Tuesday: the Monday after it is Oct. 12, and the story runs the next day.
        var result = Resolve("The mayor signed the ordinance on Monday. The council had passed it on Sept. 22 and again on Oct. 6.",
            copyright: 2026, today: new DateOnly(2030, 1, 1));
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2026, 10, 13)), true), result);
    }

    [Fact]
    public void Lets_a_coming_next_weekday_date_fall_after_today()
    {
        // Saturday 28 November is in 2026 (and 2020); read on Wednesday 25 November 2026, the coming one is this year's.
        // The days between the two Saturdays stay open: the first of them, the Sunday after the defeat.
        var (published, eventsDay) = StoryDayReading.Of("The Owls lost to Rovers on Saturday, their first home defeat since 2025. "
            + "They host United next Saturday, 28 November.", new DateOnly(2026, 11, 25));
        Assert.Equal("2026-11-22", published);
    }

    [Fact]
    public void Puts_the_story_weekday_next_to_the_midterm_election_day()
    {
        // 2026's election day is Tuesday 3 November; the race was called the Wednesday after it.
        var result = Resolve("Delgado won the race for governor in Tuesday's midterm elections, after losing in January 2023. "
            + "The AP called the race at 1:14 a.m. local time Wednesday.", today: new DateOnly(2030, 1, 1));
        Assert.Equal("2026-11-04", result!.Date.ToIso());
    }

    [Fact]
    public void Puts_a_story_before_the_midterms_on_the_weekday_just_before_election_day()
    {
        var result = Resolve("Stocks fell on Monday as traders weighed the outcome of Tuesday's midterm elections. "
            + "The company went public in 2019.", copyright: 2026, today: new DateOnly(2030, 1, 1));
        Assert.Equal("2026-11-02", result!.Date.ToIso());
    }
}
