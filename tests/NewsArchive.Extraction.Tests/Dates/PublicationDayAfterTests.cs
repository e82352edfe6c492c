using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class PublicationDayAfterTests
{
    private static PartialDate? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body) with { CopyrightYear = 2025 };
        return new PublicationDateResolver(new DateOnly(2026, 1, 1)).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date;
    }

    [Fact]
    public void Dates_the_story_the_day_after_a_vote_told_as_yesterday_and_measured_from_a_dated_report()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 9, 24)), Infer(
            "Councillors voted by six votes to five yesterday to refuse the plan.\n\n"
            + "Officers had backed the scheme in a report published on 16 September, a week before the vote."));
    }

    [Fact]
    public void Dates_the_story_on_the_vote_when_the_lead_tells_it_by_its_weekday()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 9, 18)), Infer(
            "Trustees voted Thursday to raise tuition.\n\nStudents packed a hearing on Sept. 16, two days before the vote."));
    }

    [Fact]
    public void Puts_a_match_report_told_as_yesterday_on_the_last_day_before_next_weeks_fixture()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 11, 23)), Infer(
            "The striker sent the home crowd into raptures yesterday.\n\n"
            + "He was injured in training on Thursday.\n\nThe side host Wigan next Saturday, 29 November."));
    }

    [Fact]
    public void Dates_a_review_the_day_after_an_opening_night_told_as_last_night()
    {
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 10, 15)), Infer(
            "The play opened at the Young Vic on Tuesday (14 October).\n\nSpeaking after last night's curtain call, the lead was elated."));
    }
}
