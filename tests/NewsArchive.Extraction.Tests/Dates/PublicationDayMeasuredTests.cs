using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The story's day measured from a dated one: a spelled-out yesterday, a count of days after a happening.</summary>
public sealed class PublicationDayMeasuredTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_the_day_after_a_last_night_spelled_out_as_a_date()
    {
        Assert.Equal("2026-09-10", Infer(
            "The new play is a quiet one, and at last night's opening, on Wednesday 9 September, the small house held it well.\n\n"
            + "The writer won a prize in 2024."));
    }

    [Fact]
    public void Takes_the_day_after_a_yesterday_in_brackets()
    {
        Assert.Equal("2026-03-05", Infer("Councillors voted yesterday (Wednesday 4 March) to close the library.\n\nIt opened in 1962."));
    }

    [Fact]
    public void Does_not_read_a_later_date_in_yesterdays_sentence_as_its_spelling()
    {
        Assert.NotEqual("2026-04-01", Infer(
            "Councillors voted yesterday to close the library, which will shut for good on Tuesday 31 March 2026 after a final reading day.\n\n"
            + "It opened in 1962."));
    }

    [Fact]
    public void Counts_days_after_a_dated_happening_when_the_count_lands_on_the_leads_weekday()
    {
        Assert.Equal("2026-10-14", Infer(
            "HARBOR CITY (AP) — State investigators on Wednesday released video of a police shooting at a marina, as the "
            + "dead man's family called for charges 10 days after the shooting.\n\n"
            + "The video shows an officer firing at a parked boat late on Oct. 4.\n\nOfficers there fired their weapons twice before in 2026."));
    }

    [Fact]
    public void Ignores_a_count_of_days_that_does_not_land_on_the_leads_weekday()
    {
        Assert.NotEqual("2026-10-13", Infer(
            "HARBOR CITY (AP) — State investigators on Wednesday released video of a police shooting at a marina, as the "
            + "dead man's family called for charges nine days after the shooting.\n\n"
            + "The video shows an officer firing at a parked boat late on Oct. 4.\n\nOfficers there fired their weapons twice before in 2026."));
    }

    [Fact]
    public void Puts_the_story_a_week_or_more_before_a_coming_day_told_by_its_date()
    {
        // The days between the Tuesday and the hearing stay open: the first of them, the day after it.
        var (published, eventsDay) = StoryDayReading.Of(
            "PHOENIX (AP) — State senators on Tuesday blocked a bill to fund canal repairs.\n\n"
            + "It had passed the House on May 7 after months of talks.\n\nA committee hearing on the budget is scheduled for May 27.\n\n"
            + "The canals were last repaired in 2025.", Today);
        Assert.Equal("2026-05-20", published);
    }

    [Fact]
    public void Keeps_the_story_in_the_week_before_a_coming_date_when_the_past_date_is_close()
    {
        var (published, eventsDay) = StoryDayReading.Of(
            "A hospital group said on Wednesday that hackers stole patient files.\n\n"
            + "A criminal gang claimed the attack on Sept. 3.\n\nThe group will begin mailing letters on Sept. 14.\n\n"
            + "It was last breached in 2025.", Today);
        Assert.Equal("2026-09-10", published);
    }

    [Fact]
    public void Reads_a_finished_by_weekday_as_how_things_stood_on_the_story_day()
    {
        Assert.Equal("2026-04-07", Infer(
            "A cyclist was hurt on a crossing on Oxley Road at around 11.40am on Saturday, April 4.\n\n"
            + "A fundraiser for the hospital had raised more than £8,000 by Tuesday afternoon.\n\nA man was arrested on Sunday."));
    }

    [Fact]
    public void Still_reads_a_coming_by_weekday_as_a_limit()
    {
        Assert.Equal("2026-11-17", Infer(
            "Snow fell across the plains on Tuesday.\n\nForecasters expect lows of minus 8 by Wednesday, Nov. 18."));
    }

    [Fact]
    public void Counts_back_from_a_coming_date_to_a_yesterday_measured_a_week_before_it()
    {
        // Yesterday was a week before 14 October, so 7 October, and the story the day after (in the first year after June 2024).
        Assert.Equal("2024-10-08", Infer(
            "The audit, released yesterday, a week before councillors set the budget on 14 October, found gaps in three departments.\n\n"
            + "The previous audit was published in June 2024."));
    }

    [Fact]
    public void Counts_back_from_a_coming_date_to_a_today_measured_two_weeks_before_it()
    {
        Assert.Equal("2025-03-07", Infer(
            "Nominations close today, two weeks before the March 21 vote.\n\nThe party last held a leadership contest in 2024."));
    }

    [Fact]
    public void A_vague_count_before_a_coming_date_fixes_no_day()
    {
        Assert.NotEqual("2024-10-08", Infer(
            "The audit, released yesterday, about a week before councillors set the budget on 14 October, found gaps.\n\n"
            + "The previous audit was published in June 2024."));
    }
}

