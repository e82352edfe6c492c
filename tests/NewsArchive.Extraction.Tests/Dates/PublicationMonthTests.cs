using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>When the text fixes the story's month but not its day, the publication date is that month.</summary>
public sealed class PublicationMonthTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void This_month_with_a_past_month_and_day_gives_that_month()
    {
        Assert.Equal("2024-05", Infer(
            "Since May 4, the clinic has treated 120 patients for heat stroke, and two people died earlier this month.\n\n"
            + "The clinic opened in October 2023."));
    }

    [Fact]
    public void A_coming_day_in_the_same_month_as_the_latest_past_one_gives_that_month()
    {
        Assert.Equal("2024-05", Infer(
            "The committee voted on May 4 to send the plan out for comment.\n\n"
            + "Hearings will run through May 28, officials said.\n\nThe plan was first drafted in 2023."));
    }

    [Fact]
    public void Past_and_coming_days_in_different_months_do_not_fix_the_month()
    {
        Assert.Equal("2024", Infer(
            "The committee voted on May 4 to send the plan out for comment.\n\n"
            + "Hearings will open on June 28, officials said.\n\nThe plan was first drafted in 2023."));
    }

    [Fact]
    public void A_coming_day_within_weeks_of_the_latest_past_one_gives_the_past_one_s_month()
    {
        Assert.Equal("2024-05", Infer(
            "The inspectors published their report on May 20, after a year of visits.\n\n"
            + "The trust's board will discuss it on June 9.\n\nThe hospital was last inspected in 2023."));
    }

    [Fact]
    public void A_story_after_a_happening_on_a_month_s_last_day_is_of_the_next_month()
    {
        Assert.Equal("2024-07", Infer(
            "The club signed the striker earlier this month, weeks after the cup final defeat on 30 June.\n\n"
            + "He will make his debut on 20 July.\n\nHe joined the club in 2023."));
    }

    [Fact]
    public void A_coming_day_earlier_in_the_calendar_belongs_to_the_next_year_and_does_not_unfix_the_month()
    {
        Assert.Equal("2024-11", Infer(
            "The agency released the draft timetable on Nov. 4, and comment closes later this month.\n\n"
            + "The timetable would take effect Jan. 1.\n\nThe route was cut in 2023."));
    }

    [Fact]
    public void This_month_before_a_coming_day_gives_the_coming_day_s_month()
    {
        Assert.Equal("2024-05", Infer(
            "The owners announced the sale earlier this month, ending a dispute that began in 2023.\n\n"
            + "The last concert will be held May 26."));
    }

    [Fact]
    public void This_month_before_a_coming_day_in_a_month_s_first_week_gives_the_month_before()
    {
        Assert.Equal("2024-01", Infer(
            "Residents packed a hearing earlier this month, months after the plan was drafted in 2023.\n\n"
            + "The new charges will start on Feb. 3."));
    }

    [Fact]
    public void A_coming_day_without_this_month_fixes_no_month()
    {
        Assert.Equal("2024", Infer(
            "Residents packed a hearing on the plan, drafted in 2023.\n\nThe new charges will start on May 26."));
    }

    [Fact]
    public void A_coming_deadline_does_not_put_the_story_in_the_month_before_it()
    {
        // The fares rise on Jan. 1 (a December story); "by April 1" says when the review ends at the latest, not that the
        // story came in March.
        Assert.Equal("2025-12", Infer(
            "The transit board approved the new fares earlier this month, and they will take effect Jan. 1.\n\n"
            + "A review of discount passes will be finished by April 1, officials said.\n\nFares last rose in 2024."));
    }

    [Fact]
    public void Reads_the_events_of_a_month_dated_story_against_the_day_after_its_latest_happening()
    {
        var body = "Since May 4, the clinic has treated 120 patients for heat stroke, and two people died earlier this month.\n\n"
            + "The clinic opened in October 2023. Staff will hold a vigil on May 20.";
        var extraction = new ArticleExtractor().Extract(TestDocument.FromParagraphs(body));
        Assert.Equal("2024-05", extraction.Published?.Date.ToIso());
        Assert.Contains(extraction.Events, e => e.Date.ToIso() == "2024-05-20");
    }
}
