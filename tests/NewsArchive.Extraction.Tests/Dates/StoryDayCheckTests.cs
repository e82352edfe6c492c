using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// The hard evidence against a story day ("began on Thursday 12 June" is a Thursday only in some years; a finished
/// happening dated with its year lies before the story, a coming one after it), and the resolver's second answer when
/// its first is ruled out.
/// </summary>
public sealed class StoryDayCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static StoryDayCheck Check(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        return new StoryDayCheck(scan, ComingDatedHappening.Earliest(scan));
    }

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_day_written_with_its_weekday_rules_out_the_years_it_falls_on_another()
    {
        var check = Check("The festival opened on Thursday 12 June with a parade through the old town.");
        Assert.False(check.Contradicts(new DateOnly(2025, 6, 14))); // 12 June 2025 was a Thursday
        Assert.True(check.Contradicts(new DateOnly(2026, 6, 14))); // 12 June 2026 is a Friday
    }

    [Fact]
    public void A_finished_happening_dated_with_its_year_rules_out_an_earlier_day()
    {
        var check = Check("The bridge closed on March 4, 2024, after inspectors found cracks in two beams.");
        Assert.True(check.Contradicts(new DateOnly(2023, 3, 5)));
        Assert.False(check.Contradicts(new DateOnly(2024, 3, 5)));
    }

    [Fact]
    public void A_finished_happening_dated_by_its_month_or_year_rules_out_an_earlier_month_or_year()
    {
        var byMonth = Check("Staff moved into the new headquarters in October 2021, the firm said.");
        Assert.True(byMonth.Contradicts(new DateOnly(2019, 3, 18)));
        Assert.False(byMonth.Contradicts(new DateOnly(2021, 10, 20))); // later that month
        var byYear = Check("The pier reopened in 2019 after a storm wrecked its deck.");
        Assert.True(byYear.Contradicts(new DateOnly(2018, 12, 30)));
        Assert.False(byYear.Contradicts(new DateOnly(2019, 2, 1)));
    }

    [Fact]
    public void A_finished_happening_dated_after_the_latest_possible_year_was_misread()
    {
        var body = "The council said the new school was finished in 2031 under the plan.";
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        Assert.False(new StoryDayCheck(scan, null, Today.Year).Contradicts(new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void A_day_written_with_its_weekday_and_last_year_rules_out_the_years_after_those_it_fits()
    {
        // Friday, March 8 last year: 8 March 2024 was a Friday, so the story is of 2025, not of 2024.
        var check = Check("The fire broke out at the warehouse on Friday, March 8 last year, the court heard.");
        Assert.False(check.Contradicts(new DateOnly(2025, 2, 10)));
        Assert.True(check.Contradicts(new DateOnly(2024, 3, 10)));
        Assert.Equal(2025, check.WeekdayYear(new DateOnly(2024, 3, 10), Today));
    }

    [Fact]
    public void A_holiday_said_to_fall_on_a_weekday_this_year_rules_out_the_years_it_falls_on_another()
    {
        // Christmas Day fell on a Thursday in 2025 and falls on a Friday in 2026.
        var check = Check("With Christmas Day falling on a Thursday this year, many offices closed for the whole week.");
        Assert.False(check.Contradicts(new DateOnly(2025, 12, 29)));
        Assert.True(check.Contradicts(new DateOnly(2026, 12, 29)));
    }

    [Fact]
    public void A_coming_happening_dated_with_its_year_rules_out_a_later_day()
    {
        var check = Check("The new parking charges will take effect on Jan. 6, 2025, the city said.");
        Assert.True(check.Contradicts(new DateOnly(2025, 2, 1)));
        Assert.False(check.Contradicts(new DateOnly(2024, 12, 1)));
    }

    [Fact]
    public void A_coming_day_written_with_its_weekday_is_at_most_half_a_year_ahead()
    {
        var check = Check("The new library will open on Monday, Sept. 1, the county said.");
        Assert.False(check.Contradicts(new DateOnly(2025, 6, 10))); // 1 September 2025 is a Monday
        Assert.True(check.Contradicts(new DateOnly(2024, 10, 10))); // not 2024's, a Sunday, nor 2025's, eleven months on
    }

    [Fact]
    public void A_past_day_written_with_its_weekday_may_be_months_before()
    {
        var check = Check("The court heard the crash happened at about 10pm on Saturday, March 8.");
        Assert.False(check.Contradicts(new DateOnly(2025, 9, 20))); // 8 March 2025 was a Saturday
    }

    [Fact]
    public void A_us_election_dated_in_november_is_a_tuesday()
    {
        var check = Check("The ruling came two weeks after the Nov. 5 election.");
        Assert.False(check.Contradicts(new DateOnly(2024, 11, 20))); // 5 November 2024 was a Tuesday
        Assert.True(check.Contradicts(new DateOnly(2023, 11, 20)));
        Assert.False(Check("The fireworks on Nov. 5 drew crowds to the park.").Contradicts(new DateOnly(2023, 11, 20)));
    }

    [Fact]
    public void Yesterday_told_by_its_weekday_fixes_the_story_weekday()
    {
        var check = Check("The inquest opened yesterday (Wednesday) at the county coroner's court.");
        Assert.False(check.Contradicts(new DateOnly(2025, 3, 13))); // a Thursday
        Assert.True(check.Contradicts(new DateOnly(2025, 3, 14)));
    }

    [Fact]
    public void A_first_day_the_weekday_of_a_date_rules_out_gives_way_to_one_in_a_year_it_fits()
    {
        Assert.Equal("2024-06-13", Infer(
            "Hundreds of ferry passengers faced a second day of cancelled sailings this morning, a day after the new summer "
            + "timetable took effect.\n\n"
            + "The timetable began on Wednesday 12 June and will run until Saturday 31 August.\n\n"
            + "Crews were laid off in January, with most of them returning to work on 3 March."));
    }
}
