using System.Globalization;

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
        // Cut at the span's end, so the length checks are the span's own bounds checks.
        var s = text.AsSpan(0, span.End);
        var i = span.Start;
        while (i < s.Length)
        {
            var c = s[i];
            var start = i;
            // Nearly every character is ASCII: letters, digits and the space are told apart without the Unicode tables.
            if (char.IsAsciiLetter(c) || (!char.IsAscii(c) && char.IsLetter(c)))
            {
                i++;
                while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
                // No ASCII character is a combining mark: the category lookup is for the rest only.
                if (i < s.Length && !char.IsAscii(s[i]))
                    while (i < s.Length && (char.IsLetter(s[i]) || (!char.IsAscii(s[i]) && char.GetUnicodeCategory(s[i]) == UnicodeCategory.NonSpacingMark))) i++;
                tokens.Add(new Token(TokenKind.Word, start, i));
            }
            else if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < s.Length && (char.IsAsciiDigit(s[i])
                    || s[i] is ',' or '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i - 1]))) i++;
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
