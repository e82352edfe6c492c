using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// "by Friday's March 20 deadline", "ahead of Monday's Christmas Day": a weekday's possessive naming a dated thing pins
/// that date's year; the story comes after the past weekdays it tells (news never names its own day by weekday).
/// </summary>
public sealed class PublicationDayWeekdayNamedThingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Pins_a_coming_deadline_named_by_its_weekday_and_dates_the_story_after_the_past_weekday()
    {
        // Friday, March 20 is in 2026 (after the finished 2025 happening): the Monday vote is past, so Tuesday at the
        // earliest; Tuesday to Thursday stay open: the first of them, Tuesday.
        var (published, eventsDay) = StoryDayReading.Of(
            "The county board voted 4-1 on Monday to raise parking fees downtown.\n\n"
            + "Merchants must file objections by Friday's March 20 deadline, the clerk said.\n\nThe last rise came in 2025.", Today);
        Assert.Equal("2026-03-17", published);
    }

    [Fact]
    public void Pins_a_coming_fixed_holiday_named_by_its_weekday()
    {
        // Christmas Day falls on a Friday in 2026; the past Tuesday's news runs on Wednesday.
        Assert.Equal("2026-12-23", Infer(
            "Security lines at the airport stretched for an hour on Tuesday.\n\n"
            + "Record crowds are expected before Friday's Christmas Day holiday. Passenger numbers fell in 2025.", today: new DateOnly(2026, 12, 31)));
    }

    private static string? Infer(string body, DateOnly today)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Reads_a_possessive_weekday_before_a_date_as_that_date_with_its_weekday()
    {
        const string body = "Lawmakers must act by Thursday's June 18 deadline.";
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        var weekday = scan.Mentions.First(m => m.Expression.Form == DateForm.Weekday);
        var date = WeekdayNamedThing.DateOf(scan, weekday);
        Assert.NotNull(date);
        Assert.Equal((6, 18, DayOfWeek.Thursday, true), (date!.Value.Month, date.Value.Day, date.Value.Weekday, date.Value.WeekdayStated));
    }
}
