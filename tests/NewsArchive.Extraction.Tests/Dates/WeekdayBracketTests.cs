using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>Past and coming weekdays bracket the story's day; the nearest coming dated happening fixes its week.</summary>
public sealed class WeekdayBracketTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    private static DayOfWeek? StoryWeekday(string text)
    {
        var scan = new DateMentionFinder().Find(text, new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]));
        return WeekdayBracket.StoryWeekday(scan);
    }

    [Theory]
    [InlineData("The planning board approved the design on Tuesday. The full council will vote on it Thursday.", DayOfWeek.Wednesday)]
    [InlineData("The storm knocked out power on Saturday. Crews restored most lines on Tuesday. The utility will report to regulators on Thursday.", DayOfWeek.Wednesday)]
    [InlineData("Commissioners approved the contract on Tuesday. The mayor signed it on Wednesday. The city will open bids on Friday.", DayOfWeek.Thursday)]
    public void Finds_the_day_between_the_past_and_the_coming_weekdays(string text, DayOfWeek expected)
    {
        Assert.Equal(expected, StoryWeekday(text));
    }

    [Fact]
    public void Has_no_day_when_two_days_fit_alike()
    {
        Assert.Null(StoryWeekday("Commissioners approved the contract on Monday. The city will open bids on Thursday."));
    }

    [Fact]
    public void Has_no_day_without_a_coming_weekday()
    {
        Assert.Null(StoryWeekday("The planning board approved the design on Tuesday. The mayor praised it on Wednesday."));
    }

    [Fact]
    public void Puts_the_story_in_the_week_before_a_date_told_as_next_week()
    {
        // Nov. 10, 2026 is a Tuesday: its week starts Monday, Nov. 9, so the story is the Wednesday before, Nov. 4.
        Assert.Equal("2026-11-04", Infer(
            "The planning board approved the depot design on Tuesday after a review that began in September 2026.\n\n"
            + "The full council will vote on it Thursday.\n\n"
            + "Neighbours will get a hearing at the council's Nov. 10 session next week."));
    }

    [Fact]
    public void Puts_the_story_a_week_or_more_before_a_coming_date_told_by_date()
    {
        // Nov. 20, 2026 is a Friday: a day of the coming week would be told by weekday, so the Wednesday of the week before.
        Assert.Equal("2026-11-11", Infer(
            "The planning board approved the depot design on Tuesday after a review that began in September 2026.\n\n"
            + "The full council will vote on it Thursday.\n\n"
            + "Construction will begin Nov. 20, the board said."));
    }

    [Fact]
    public void Gives_no_day_when_nothing_fixes_the_year()
    {
        // Every year has a Wednesday before a Nov. 10 in the next week; without a recent dated happening none is honest.
        Assert.NotEqual("2026-11-04", Infer(
            "The planning board approved the depot design on Tuesday.\n\n"
            + "The full council will vote on it Thursday.\n\n"
            + "Neighbours will get a hearing at the council's Nov. 10 session next week."));
    }

    [Fact]
    public void Takes_the_bracket_day_within_a_date_less_than_some_weeks_away()
    {
        // Dec. 7, 2026 is under three weeks away; Tuesday's sentencing is the news, so the story is the Wednesday after.
        var body = "A roofer was sentenced on Tuesday to four years in prison for taking deposits from homeowners in March 2026.\n\n"
            + "His business partner will be sentenced on Thursday.\n\n"
            + "A restitution hearing on Dec. 7 is less than three weeks away.";
        var doc = TestDocument.FromParagraphs(body) with { CopyrightYear = 2026 };
        Assert.Equal("2026-11-18", new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso());
    }

    [Fact]
    public void Moves_a_day_measured_for_a_past_bracket_weekday_to_the_story_day_after_it()
    {
        // The plan came Tuesday, Nov. 10, 2026, two weeks after Oct. 27; the hearing is Thursday, so the story is Wednesday.
        Assert.Equal("2026-11-11", Infer(
            "The district's spending plan, presented on Tuesday, comes two weeks after the Oct. 27, 2026, audit of its accounts.\n\n"
            + "The board will hold a public hearing on the plan Thursday."));
    }

    [Fact]
    public void Keeps_a_measured_day_when_no_coming_weekday_brackets_it()
    {
        Assert.Equal("2026-11-10", Infer(
            "The district's spending plan, presented on Tuesday, comes two weeks after the Oct. 27, 2026, audit of its accounts.\n\n"
            + "The board has not yet set a date for a public hearing."));
    }
}
