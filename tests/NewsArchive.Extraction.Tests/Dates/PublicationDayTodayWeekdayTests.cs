using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"running today (Friday)": the weekday named beside the story's today is the story's own.</summary>
public sealed class PublicationDayTodayWeekdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_story_on_the_weekday_named_beside_today_after_a_dated_happening()
    {
        Assert.Equal("2025-03-14", Infer(
            "The bridge was closed on Tuesday, March 11, after a lorry struck its parapet.\n\n"
            + "Engineers said on Wednesday the damage was worse than feared, and one lane reopens today (Friday).\n\n"
            + "A resident who was stuck in traffic yesterday said the diversion was chaos.\n\nThe bridge was built in 1962."));
    }

    [Fact]
    public void Puts_the_story_on_the_last_such_weekday_before_a_coming_dated_day()
    {
        // "yesterday (Tuesday)" makes the story a Wednesday; the coming Monday, October 19 (2026) comes after it, so the
        // Wednesday before it, not the Sunday the coming day alone would give.
        Assert.Equal("2026-10-14", Infer(
            "A man accused of stealing catalytic converters appeared before magistrates yesterday (Tuesday).\n\n"
            + "He will be sentenced at the crown court on Monday (October 19).\n\nHe was first jailed in 2025."));
    }

    [Fact]
    public void Finds_the_weekday_set_off_by_commas()
    {
        var body = "The committee meets today, Thursday, to choose a contractor.";
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        Assert.Equal(DayOfWeek.Thursday, TodayWeekdayNamed.Find(scan));
    }

    [Fact]
    public void Ignores_a_weekday_that_only_follows_today_in_a_list_of_days()
    {
        var body = "The road is shut today and reopens on Friday.";
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        Assert.Null(TodayWeekdayNamed.Find(scan));
    }
    [Fact]
    public void Dates_a_story_the_day_after_the_past_weekday_it_pins_by_a_date()
    {
        // Sunday is 7 June 2026 (the record's date); the story that tells Sunday as past runs on Monday.
        Assert.Equal("2026-06-08", Infer(
            "The city hit 115 degrees on Sunday, breaking the record for June 7.\n\nThe old mark was set in 2021."));
    }

    [Fact]
    public void A_weekday_told_as_past_is_not_the_day_of_a_story_that_tells_its_own_today()
    {
        // News names its own day "today", so the Sunday of the record lies before it (round 15: the development writers
        // date such stories the next day; this test expected the Sunday before).
        Assert.Equal("2026-06-08", Infer(
            "The city hit 115 degrees on Sunday, breaking the record for June 7, and cooling centres open today.\n\nThe old mark was set in 2021."));
    }

    [Theory]
    [InlineData("More than 60 residents packed the village hall yesterday (Wednesday) to hear the plans.", DayOfWeek.Thursday)]
    [InlineData("The cabinet decides tomorrow (Friday) whether to fund the scheme.", DayOfWeek.Thursday)]
    public void Reads_the_story_weekday_from_the_weekday_named_beside_yesterday_or_tomorrow(string body, DayOfWeek story)
    {
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        Assert.Equal(story, TodayWeekdayNamed.Find(scan));
    }

    [Fact]
    public void Dates_the_story_the_day_after_the_weekday_named_beside_yesterday_before_a_coming_next_weekday()
    {
        // "next Thursday (26 November)" is 2026's; the story is the Thursday before it, the day after yesterday's Wednesday.
        Assert.Equal("2026-11-19", Infer(
            "More than 60 residents packed the village hall yesterday (Wednesday) to hear the plans.\n\n"
            + "The council's cabinet will decide next Thursday (26 November) whether to fund the sea defences.\n\n"
            + "The last defences were built in 2025."));
    }

    [Fact]
    public void A_story_that_says_this_morning_runs_the_day_after_the_past_weekday_between_two_dates()
    {
        Assert.Equal("2026-06-17", Infer(
            "A survey of swimmers was published on June 2.\n\n"
            + "The council voted on Tuesday to close the pool, and protesters gathered outside the town hall this morning.\n\n"
            + "A consultation on the plan ends on June 24.\n\nThe pool was refurbished in March 2026."));
    }
}

