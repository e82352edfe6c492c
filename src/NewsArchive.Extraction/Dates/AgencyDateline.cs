using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A wire dateline that opens a paragraph below the story's furniture: "LONDON, June 3 (Reuters) -", "WASHINGTON,
/// March 3 (AP) —", "NEW YORK, Oct. 9 (Bloomberg) --". Wire copy often prints summary bullets, an "(Adds …)" note and a
/// byline above it, so it need not be among the first short lines; its city in capitals, then the date, then the
/// agency in brackets and a dash, is its mark.
/// </summary>
internal static class AgencyDateline
{
    private const int MaxSentence = 12;
    private const int MaxPlaceTokens = 8;

    /// <summary>Whether the mention is the date of a wire dateline.</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Sentence > MaxSentence || mention.Expression is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 }) return false;
        var (first, end) = scan.TokensOf(mention.Sentence);
        if (mention.FirstToken == first || mention.FirstToken - first > MaxPlaceTokens) return false;
        var capitals = false;
        for (var i = first; i < mention.FirstToken; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Number) return false;
            if (t.Kind == TokenKind.Symbol)
            {
                if (!(scan.IsSymbol(i, ',') || scan.IsSymbol(i, '.'))) return false;
                continue;
            }
            var word = scan.Text(i);
            if (!char.IsUpper(word[0])) return false;
            if (word.Length >= 3 && IsAllCapitals(word)) capitals = true;
        }
        var next = mention.LastToken + 1;
        if (!capitals || next >= end) return false;
        // "(Reuters) -": a bracketed agency of a word or two, then the dash. Without the agency, a dateline below the
        // first short lines is as likely a line of prose ("YORK, May 4 — …" after a paragraph).
        if (!scan.IsSymbol(next, '(')) return false;
        for (var i = next + 1; i < end && i <= next + 3; i++)
        {
            if (!scan.IsSymbol(i, ')')) continue;
            return i + 1 < end && (scan.IsSymbol(i + 1, '-') || scan.IsSymbol(i + 1, '—') || scan.IsSymbol(i + 1, '–'));
        }
        return false;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
