using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Quotations whose speaker is named by a signature line or by whose words they are; every sentence here is invented.</summary>
public class SpeakerAttributorSignatureAndWordsTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    private static readonly EntitySet Race = KnownEntities(
        Person("Phil Drummond", ["Drummond"]), Person("Karen Ostrander", ["Ostrander"]), Person("Mark Ostrander"));

    [Fact]
    public void Gives_a_quotation_paragraph_to_the_name_signed_with_a_dash_on_the_line_below()
    {
        var quotes = Quotes(Race,
            "Karen Ostrander's husband, Mark Ostrander, said the decision was made at the kitchen table. \"She asked the kids first,\" he said.",
            "\"It's going to be a long summer, and we are ready for it.\"",
            "\u2014 Phil Drummond, in a text message to supporters");
        Assert.Equal(
            [("She asked the kids first,", "Mark Ostrander"), ("It's going to be a long summer, and we are ready for it.", "Phil Drummond")],
            quotes);
    }

    [Fact]
    public void Gives_a_quotation_after_a_colon_to_the_person_whose_words_the_clause_describes()
    {
        var quotes = Quotes(Race,
            "Karen Ostrander said she would win. \"People are tired of excuses,\" she said.",
            "Drummond's response on Tuesday was blunt: \"Bring it on, and bring your record with you.\"");
        Assert.Equal(
            [("People are tired of excuses,", "Karen Ostrander"), ("Bring it on, and bring your record with you.", "Phil Drummond")],
            quotes);
    }
}
