using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A school or fiscal year a present or coming clause plans "for" has not begun: the story is from the year before it starts.</summary>
public sealed class PublicationYearComingSpanTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Puts_a_vote_on_next_years_budget_in_the_spring_before_it()
    {
        Assert.Equal("2021-06-08", Infer(
            "Residents vote today, June 8, on a spending plan for the 2021-22 school year.\n\n"
            + "The district last raised taxes in 2014."));
    }

    [Fact]
    public void Leaves_a_span_told_as_over_alone()
    {
        // "was cut for the 2019-20 school year" is finished: the first year after the evidence.
        Assert.Equal("2015-06-08", Infer(
            "Residents vote today, June 8, on a spending plan.\n\n"
            + "The district last raised taxes in 2014. Busing was cut for the 2019-20 school year in a separate district."));
    }
}
