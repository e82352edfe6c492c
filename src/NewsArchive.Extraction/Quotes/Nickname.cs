namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Tells a nickname set inside a name (Daniel "Dusty" Okafor, Councilman Curtis "Bud" Lawson) from a quotation:
/// one or two capitalized words, no closing punctuation, with a capitalized word right before the opening mark
/// and right after the closing one.
/// </summary>
internal static class Nickname
{
    public static bool Is(Quotation quotation, string body)
    {
        if (quotation.Parts.Count != 1) return false;
        var text = body.AsSpan(quotation.Text.Start, quotation.Text.Length);
        if (text.Length == 0 || !char.IsUpper(text[0]) || !char.IsLetterOrDigit(text[^1])) return false;
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ') words++;
            else if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '\u2019') return false;
        }
        if (words > 2) return false;
        var open = quotation.WithMarks.Start;
        var close = quotation.WithMarks.End;
        return CapitalizedWordEndsAt(body, open - 1) && close + 1 < body.Length && body[close] == ' ' && char.IsUpper(body[close + 1]);
    }

    // A space at `space`, and before it a capitalized word (Daniel, Curtis).
    private static bool CapitalizedWordEndsAt(string body, int space)
    {
        if (space < 1 || body[space] != ' ' || !char.IsLetter(body[space - 1])) return false;
        var i = space - 1;
        while (i > 0 && char.IsLetter(body[i - 1])) i--;
        return char.IsUpper(body[i]);
    }
}
