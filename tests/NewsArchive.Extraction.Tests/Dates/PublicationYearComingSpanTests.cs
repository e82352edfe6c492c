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

/// <summary>A span whose start the narrative states as a coming day ("fiscal year 2027, which begins July 1") has not
/// begun, whatever the tense of the clause naming it; a day written without its year is in the story's year.</summary>
public sealed class PublicationYearStatedStartTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    private static DateOnly? Start(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(doc.Body, new SentenceSplitter().Split(body, doc.Paragraphs));
        return ComingSpan.Find(scan)?.From;
    }

    [Fact]
    public void A_fiscal_year_named_by_its_last_year_starts_the_year_before()
    {
        Assert.Equal(new DateOnly(2021, 1, 1), Start("The county board approved a spending plan for fiscal year 2022, which begins July 1."));
        Assert.Equal(new DateOnly(2021, 1, 1), Start("Lawmakers argued over the budget for the 2021-22 school year, which starts on Aug. 16."));
    }

    [Fact]
    public void A_fiscal_year_without_a_stated_start_says_nothing()
    {
        // Federal budgets are often passed after their fiscal year has begun.
        Assert.Null(Start("Congress is still haggling over funding for fiscal 2022, aides said."));
    }

    [Fact]
    public void The_year_of_a_planning_story_is_the_starts_own()
    {
        Assert.Equal("2021", Infer(
            "The county board took its first votes on the spending plan for fiscal year 2022, which begins July 1.\n\n"
            + "Voters approved a library levy in 2019."));
    }
}
