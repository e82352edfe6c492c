using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static List<string> Tokens(string text, int start = 0, int? end = null)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(start, end ?? text.Length), tokens);
        return tokens.Select(t => $"{t.Kind}:{text[t.Start..t.End]}").ToList();
    }

    [Fact]
    public void Splits_a_possessive_and_a_hyphen_into_symbols()
    {
        Assert.Equal(["Word:Tuesday", "Symbol:'", "Word:s", "Word:mid", "Symbol:-", "Number:2019"], Tokens("Tuesday's mid-2019"));
    }

    [Fact]
    public void Keeps_a_comma_or_point_between_digits_inside_the_number()
    {
        Assert.Equal(["Number:14,000", "Number:3.5", "Number:7", "Symbol:,", "Number:2019", "Symbol:."], Tokens("14,000 3.5 7, 2019."));
    }

    [Fact]
    public void Reads_accented_letters_and_combining_marks_as_part_of_the_word()
    {
        Assert.Equal(["Word:Zoë", "Word:Gonza\u0301lez", "Word:Ångström"], Tokens("Zoë Gonza\u0301lez Ångström"));
    }

    [Fact]
    public void Skips_every_kind_of_white_space_and_keeps_other_characters_as_symbols()
    {
        Assert.Equal(["Word:a", "Word:b", "Word:c", "Word:d", "Symbol:—", "Symbol:“", "Word:e", "Symbol:”"],
            Tokens("a\u00a0b\tc\r\n d — “e”"));
    }

    [Fact]
    public void Reads_only_the_span_it_is_given()
    {
        Assert.Equal(["Word:lo", "Word:wor"], Tokens("Hello world", 3, 9));
    }
}
