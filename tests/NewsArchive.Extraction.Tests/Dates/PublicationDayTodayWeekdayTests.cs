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
}
