using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The story's day from its weekdays: which told weekday is the story's, and how a coming day bounds it.</summary>
public sealed class PublicationDayWeekdayCluesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Does_not_move_the_story_past_its_dated_day_for_a_weekday_told_in_the_past_perfect()
    {
        // The story names that day by its weekday, so it ran the next day (stories never name their own day so).
        Assert.Equal("2026-01-13", Infer(
            "Bus drivers walked out at dawn on Monday, Jan. 12, the first strike at the depot since 2019.\n\n"
            + "A mediator said the agency had invited both sides to talks in the capital on Thursday."));
    }

    [Fact]
    public void Puts_the_story_after_a_weekday_told_only_in_the_past_perfect()
    {
        // Saturday to Tuesday stay open: the first of them, the Saturday after the Friday.
        var (published, eventsDay) = StoryDayReading.Of(
            "The visitors won 2-1 with a header in the 88th minute.\n\n"
            + "Their manager said he had spoken to the owners on Friday.\n\n"
            + "They travel to Bournemouth in the cup on Wednesday 28 October.", Today);
        Assert.Equal("2026-10-24", published);
    }

    [Fact]
    public void Puts_the_story_a_week_before_a_coming_next_weekday_when_no_weekday_tells_its_own_day()
    {
        Assert.Equal("2026-04-16", Infer(
            "Two brothers were jailed for fraud at the crown court yesterday.\n\n"
            + "They first called at the widow's home in February 2025.\n\n"
            + "A third man will be sentenced next Thursday, 23 April."));
    }

    [Fact]
    public void Puts_the_story_a_week_before_a_coming_next_weekday_without_a_yesterday_either()
    {
        // Nothing fixes the day before the coming week: the first of them, the Thursday a week before.
        var (published, eventsDay) = StoryDayReading.Of(
            "A third man, who admitted the offence in 2025, will be sentenced next Thursday, 23 April.", Today);
        Assert.Equal("2026-04-16", published);
    }

    [Fact]
    public void Dates_the_story_the_day_after_the_lead_weekday_that_it_later_calls_yesterday()
    {
        Assert.Equal("2026-11-19", Infer(
            "Staff were told at a meeting on Wednesday morning that 260 jobs would go.\n\n"
            + "Union leaders reacted with anger to yesterday's announcement.\n\n"
            + "The announcement comes ahead of the Budget next Wednesday, November 25."));
    }

    [Fact]
    public void Takes_the_latest_year_after_the_evidence_in_which_a_dateline_falls_on_the_lead_weekday()
    {
        Assert.Equal("2026-08-04", Infer(
            "LONDON, Aug 4 (Reuters) - Oil prices climbed on Tuesday after a protest shut an oilfield.\n\n"
            + "The field has been shut several times since 2011."));
    }

    [Fact]
    public void Dates_the_story_the_day_before_a_tomorrow_spelled_out_as_a_date()
    {
        Assert.Equal("2026-03-17", Infer(
            "The department confirmed the new rules on Monday, two years after they were proposed in 2024.\n\n"
            + "MPs will question the agency's chief executive about the changes tomorrow, Wednesday 18 March."));
    }

    [Fact]
    public void Measures_the_story_back_from_a_coming_date_when_the_count_lands_on_the_lead_weekday()
    {
        Assert.Equal("2026-10-06", Infer(
            "The White House on Tuesday withdrew its nominee for surgeon general after a warning letter sent in 2024 resurfaced.\n\n"
            + "Asked whether the move showed weakening support four weeks before the Nov. 3 elections, a spokeswoman said no."));
    }

    [Fact]
    public void Does_not_measure_the_story_back_from_a_date_by_a_rough_count()
    {
        Assert.NotEqual("2026-10-06", Infer(
            "The White House on Tuesday withdrew its nominee for surgeon general after a warning letter sent in 2024 resurfaced.\n\n"
            + "Asked whether the move showed weakening support about four weeks before the Nov. 3 elections, a spokeswoman said no."));
    }
}
