using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A thing named by its year ("the 2025 session") is current or over: the story is in that year or later.</summary>
public sealed class PublicationYearNamedThingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_year_naming_a_thing_in_a_past_clause_allows_the_story_in_that_year()
    {
        Assert.Equal("2024", Infer("Senators gathered on Jan. 9 for the 2024 session with the budget gap unresolved.\n\nTuition rose in 2019."));
    }

    [Fact]
    public void A_year_a_past_happening_is_told_in_puts_the_story_after_it()
    {
        Assert.Equal("2025", Infer("Senators gathered in 2024 with the budget gap unresolved.\n\nTuition rose in 2019."));
    }

    [Fact]
    public void A_year_naming_a_thing_that_is_the_clauses_only_time_puts_the_story_after_it()
    {
        Assert.Equal("2025", Infer("The governor won the 2024 election by a wide margin.\n\nTuition rose in 2019."));
    }
}
