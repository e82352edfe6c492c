using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Entities;

public class BodyTokenizerTests
{
    private static TokenizedBody Tokenize(string body)
    {
        IReadOnlyList<TextSpan> paragraphs = [new TextSpan(0, body.Length)];
        return new BodyTokenizer().Tokenize(body, paragraphs, [new Sentence(paragraphs[0], 0)], []);
    }

    private static List<string> Words(TokenizedBody body) => body.Tokens.Select(t => t.String(body.Body)).ToList();

    [Fact]
    public void Splits_a_possessive_off_its_name()
    {
        var body = Tokenize("Trump’s tweet and Hancock's reply");
        Assert.Equal(["Trump", "’s", "tweet", "and", "Hancock", "'s", "reply"], Words(body));
        Assert.Equal(NameTokenKind.Possessive, body.Tokens[1].Kind);
    }

    [Fact]
    public void Splits_a_lower_case_prefix_or_suffix_off_a_hyphenated_name_but_keeps_double_names()
    {
        Assert.Equal(["then", "U.S.", "Denver", "based", "Ocasio-Cortez", "D-Calif."], Words(Tokenize("then-U.S. Denver-based Ocasio-Cortez D-Calif.")));
    }

    [Fact]
    public void Keeps_the_full_stop_of_listed_abbreviations_and_initials_only()
    {
        Assert.Equal(["Sen.", "John", "F.", "Kennedy", "met", "Mr.", "Cole", "in", "Calif.", "on", "Monday", "."],
            Words(Tokenize("Sen. John F. Kennedy met Mr. Cole in Calif. on Monday.")));
    }

    [Fact]
    public void Flags_shouting_runs_of_four_capitalized_words_but_not_short_acronyms()
    {
        var body = Tokenize("THE DECISION WAS MADE, the FBI said.");
        Assert.True(body.Tokens[0].Is(NameTokenFlags.Shouting));
        Assert.False(body.Tokens.Single(t => t.String(body.Body) == "FBI").Is(NameTokenFlags.Shouting));
    }

    [Fact]
    public void Flags_a_headline_case_line_and_not_an_ordinary_sentence()
    {
        Assert.True(Tokenize("Council Votes To Delay Park Plan").Tokens[0].Is(NameTokenFlags.Headline));
        Assert.False(Tokenize("The Council voted to delay the plan.").Tokens[0].Is(NameTokenFlags.Headline));
    }

    [Fact]
    public void Marks_the_word_after_a_full_stop_as_a_sentence_start_but_not_after_an_abbreviation()
    {
        var body = Tokenize("He left. Still, Sen. Cole stayed.");
        Assert.True(body.Tokens.Single(t => t.String(body.Body) == "Still").Is(NameTokenFlags.SentenceStart));
        Assert.False(body.Tokens.Single(t => t.String(body.Body) == "Cole").Is(NameTokenFlags.SentenceStart));
    }

    [Fact]
    public void A_korean_given_name_of_two_short_syllables_stays_one_word_and_names_a_person()
    {
        var set = TestArticles.Recognize("Her aunt, Choi Seo-yeon, who arrived from Busan in May, runs the till.");
        set.Person("Choi Seo-yeon");
    }
}
