using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>A pronoun or generic noun refers to the subject of the clause before, not to a name tucked inside it;
/// every sentence here is invented.</summary>
public class SpeakerAttributorSubjectPreferenceTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Resolves_he_to_the_main_subject_after_an_opening_participle_clause_naming_someone_else()
    {
        var entities = KnownEntities(Person("Owen Brackley", ["Brackley"], ["manager"]), Person("Luke Tennant", ["Tennant"]));
        var quotes = Quotes(entities,
            "Luke Tennant scored twice for the visitors.",
            "Asked about the foul when Tennant was pulled back in the area, Brackley was blunter. \"It was a clear penalty,\" he said.");
        Assert.Equal([("It was a clear penalty,", "Owen Brackley")], quotes);
    }

    [Fact]
    public void Resolves_the_company_to_the_sentence_subject_rather_than_its_owner_in_a_relative_clause()
    {
        var entities = KnownEntities(Organization("Harbourline Ferries"), Organization("Ostmark Holdings"));
        var quotes = Quotes(entities,
            "Harbourline Ferries, which is owned by the investment group Ostmark Holdings, said it was disappointed. In a statement, the company said: \"We remain open to talks.\"");
        Assert.Equal([("We remain open to talks.", "Harbourline Ferries")], quotes);
    }

    [Fact]
    public void Leaves_an_anonymous_member_who_spoke_null_even_beside_a_named_organization()
    {
        var entities = KnownEntities(Organization("Green Party", "Greens", "Green"), Person("Rosa Quill", ["Quill"]));
        var quotes = Quotes(entities,
            "The Green Party spent heavily on the race, which Rosa Quill lost.",
            "\"We ran out of time,\" one Green strategist who worked on the campaign said, speaking on the condition of anonymity.");
        Assert.Equal([("We ran out of time,", (string?)null)], quotes);
    }

    [Fact]
    public void Resolves_he_before_a_partial_quote_to_the_reporting_subject_not_a_name_after_the_pronoun()
    {
        var entities = KnownEntities(Person("Carl Ventner", ["Ventner", "Sen. Carl Ventner"], ["chairman"]), Person("Miles Okoro", ["Okoro"]));
        var quotes = Quotes(entities,
            "The committee's chairman, Sen. Carl Ventner, said he had agreed to the vote. He said he expected Speaker Miles Okoro to bring the bill forward \"well before the summer break,\" though Okoro's office did not commit.");
        Assert.Equal([("well before the summer break,", "Carl Ventner")], quotes);
    }
}
