using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Friday will mark six months since … on March 4": the weekday the count reaches is the story's next day.</summary>
public sealed class PublicationDayComingMarkTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_coming_weekday_that_marks_months_since_a_date_is_the_story_s_next_day()
    {
        // 4 March 2029 + six months is Tuesday 4 September 2029; the council met yesterday, Monday.
        Assert.Equal("2029-09-03", Infer(
            "Tuesday will mark six months since the river burst its banks through the town centre on March 4, 2029.\n\n"
            + "The council met on Monday to approve another round of grants."));
    }

    [Fact]
    public void A_weekday_the_count_does_not_reach_is_no_such_mark()
    {
        Assert.NotEqual("2029-09-03", Infer(
            "Friday will mark six months since the river burst its banks through the town centre on March 4, 2029.\n\n"
            + "The council met on Monday to approve another round of grants."));
    }
}
