using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Speakers that come from the passage around a quotation rather than a cue of its own; every sentence is invented.</summary>
public class SpeakerAttributorContextTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    private static readonly EntitySet Layoffs = KnownEntities(
        Person("Miriam Castellane", ["Castellane"], ["chief executive"]),
        Organization("Brightloom"));

    [Fact]
    public void Leaves_she_null_when_the_sentence_before_has_an_anonymous_speaker()
    {
        var quotes = Quotes(Layoffs,
            "Brightloom cut 300 jobs on Monday, according to a memo from Chief Executive Miriam Castellane.",
            "A warehouse worker who was laid off, and who asked not to be named because she feared losing her severance, said the news came by text.",
            "\"We got a message at six in the morning,\" she said. \"By seven my badge stopped working.\"");
        Assert.Equal(
            [("We got a message at six in the morning,", (string?)null), ("By seven my badge stopped working.", null)],
            quotes);
    }

    [Fact]
    public void Leaves_he_null_after_one_employee_said()
    {
        var quotes = Quotes(Layoffs,
            "Castellane defended the cuts. One employee said the mood in the office was grim.",
            "\"Nobody talks at lunch any more,\" he said.");
        Assert.Equal([("Nobody talks at lunch any more,", (string?)null)], quotes);
    }

    [Fact]
    public void Still_resolves_she_after_a_sentence_opening_with_an_indefinite_time_phrase()
    {
        var quotes = Quotes(Layoffs,
            "Miriam Castellane announced the cuts on Monday.",
            "A week later, she said the company would hire again. \"We will be back,\" she said.");
        Assert.Equal([("We will be back,", "Miriam Castellane")], quotes);
    }
}
