using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Feature-writing shapes: people introduced without a cue, exchanges, "said of"; every sentence is invented.</summary>
public class SpeakerAttributorFeatureShapeTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_she_says_to_the_woman_the_paragraph_before_introduced_without_a_cue()
    {
        var e = KnownEntities(Person("Maria Lopez", ["Lopez"]), Person("Ed Crane", ["Crane"]));
        Assert.Equal([("Every morning I wonder if this is the last one,", "Maria Lopez")], Quotes(e,
            "Ed Crane, the landlord, wants to double the rent.",
            "Maria Lopez has run the bakery on the corner for 20 years.",
            "\"Every morning I wonder if this is the last one,\" she says."));
    }

    [Fact]
    public void Gives_she_to_the_woman_named_two_paragraphs_back_past_a_paragraph_about_a_man()
    {
        var e = KnownEntities(Person("Maria Lopez", ["Lopez"]), Person("Ed Crane", ["Crane"]));
        Assert.Equal([("I am not leaving without a fight,", "Maria Lopez")], Quotes(e,
            "Maria Lopez has run the bakery for 20 years.",
            "Ed Crane, the landlord, wants to double the rent from January.",
            "\"I am not leaving without a fight,\" she said."));
    }

    [Fact]
    public void Gives_a_quotation_after_a_one_word_reaction_sentence_to_its_subject()
    {
        var e = KnownEntities(Person("Maria Lopez", ["Lopez"]), Person("Ed Crane", ["Crane"]));
        Assert.Equal([("The rent is the market rate and she knows it.", "Ed Crane")], Quotes(e,
            "Maria Lopez has run the bakery for 20 years.",
            "Crane disagreed. \"The rent is the market rate and she knows it.\""));
    }

    [Fact]
    public void Gives_she_said_to_the_woman_not_the_outlet_she_spoke_to()
    {
        var e = KnownEntities(Person("Maria Lopez", ["Lopez"]), Organization("The Ledger"));
        Assert.Equal([("I would do it all again tomorrow,", "Maria Lopez")], Quotes(e,
            "In an interview with The Ledger last year, Maria Lopez said she had no regrets. \"I would do it all again tomorrow,\" she said."));
    }

    [Fact]
    public void Gives_x_said_of_y_to_x()
    {
        var e = KnownEntities(Person("Maria Lopez", ["Lopez"]), Person("Ed Crane", ["Crane"]));
        Assert.Equal([("He was the best boss I ever had,", "Maria Lopez")], Quotes(e,
            "Ed Crane died on Friday.",
            "\"He was the best boss I ever had,\" Lopez said of Crane."));
    }

    [Fact]
    public void Gives_each_quotation_in_an_exchange_to_its_own_speaker()
    {
        var e = KnownEntities(Person("Maria Lopez", ["Lopez"]), Person("Ed Crane", ["Crane"]));
        Assert.Equal([("It is too much,", "Maria Lopez"), ("It is the market,", "Ed Crane")], Quotes(e,
            "\"It is too much,\" Lopez said. \"It is the market,\" Crane replied."));
    }
}
