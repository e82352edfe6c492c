namespace NewsArchive.Extraction.Text;

/// <summary>
/// Cuts text into words, numbers and single symbols, with offsets. Apostrophes and hyphens are symbols,
/// so "Tuesday's" is "Tuesday" + "'" + "s" and "mid-2019" is "mid" + "-" + "2019".
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="span"/> in <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        var i = span.Start;
        var end = span.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < end && char.IsAsciiLetter(text[i])) i++; // the common case, without the Unicode tables
                // No ASCII character is a combining mark: the category lookup is for the rest only.
                while (i < end && (char.IsLetter(text[i]) || (!char.IsAscii(text[i]) && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))) i++;
                tokens.Add(new Token(TokenKind.Word, start, i));
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < end && (char.IsAsciiDigit(text[i])
                    || text[i] is ',' or '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1]))) i++;
                tokens.Add(new Token(TokenKind.Number, start, i));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, start, i + 1));
                i++;
            }
        }
    }
}
