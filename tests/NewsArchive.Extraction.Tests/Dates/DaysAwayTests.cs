using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A coming date said to be some days away dates the story.</summary>
public sealed class DaysAwayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body) with { CopyrightYear = 2026 };
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_the_lead_weekday_within_less_than_a_fortnight_before_the_date()
    {
        Assert.Equal("2026-11-18", Infer(
            "The First Minister has set out a timetable for a second referendum.\n\n"
            + "In a statement to Holyrood on Wednesday afternoon, she said the election had given her a mandate.\n\n"
            + "A draft bill will be published on 30 November, St Andrew’s Day, less than a fortnight away, she confirmed.\n\n"
            + "The last referendum was held in 2014."));
    }

    [Fact]
    public void Counts_back_an_exact_number_of_days_to_the_story()
    {
        Assert.Equal("2026-03-17", Infer(
            "Conductors will strike on 21 March and again on 23 March, with the first walkout now just four days away.\n\n"
            + "Their last strike was in 2025."));
    }
}
