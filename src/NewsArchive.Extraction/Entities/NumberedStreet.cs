using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A street named by its ordinal, as US grids are: "16th Street", "Southeast 14th Street", "West 34th Street", "the 5th
/// Avenue bridge". The number is no capitalized word, so without this the run would keep only "Street" (no name) or the
/// compass word alone ("Southeast", a region).
/// </summary>
internal static class NumberedStreet
{
    /// <summary>True when the run <paramref name="first"/>..<paramref name="last"/> is one compass word and token <paramref name="number"/> an ordinal before a street's head.</summary>
    public static bool Continues(TokenizedBody body, int first, int last, int number, bool quoted) =>
        first == last && EntityClassifier.IsCompassWord(body.Text(first)) && IsOrdinalBeforeHead(body, number, quoted);

    /// <summary>The street the candidate names with an ordinal, or null: "Southeast 14th Street", or "Street" after "16th".</summary>
    public static Mention? Find(TokenizedBody body, Candidate candidate)
    {
        var tokens = body.Tokens;
        int first;
        if (candidate.Last == candidate.First + 2 && EntityClassifier.IsCompassWord(body.Text(candidate.First)) && IsOrdinalBeforeHead(body, candidate.First + 1, tokens[candidate.First].Is(NameTokenFlags.InQuote)))
            first = candidate.First;
        else if (candidate.First > 0 && EntityLexicon.StreetHeads.Contains(body.Text(candidate.First)) && IsOrdinalBeforeHead(body, candidate.First - 1, tokens[candidate.First].Is(NameTokenFlags.InQuote)))
            first = candidate.First - 1;
        else return null;
        var last = first;
        while (last < candidate.Last && !EntityLexicon.StreetHeads.Contains(body.Text(last))) last++;
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++) words[k - first] = body.Text(k);
        var name = string.Join(' ', words);
        return new Mention
        {
            Shape = MentionShape.Name,
            Span = body.Span(first, last),
            Surface = name,
            Core = name,
            Words = words,
            KnownOnly = candidate.KnownOnly,
            Evidence = new Evidence(0, 0, 5),
            PlaceGroup = -1,
        };
    }

    // "14th" right before "Street" (one space between), both in or both out of a quotation.
    private static bool IsOrdinalBeforeHead(TokenizedBody body, int number, bool quoted)
    {
        var tokens = body.Tokens;
        if (number < 0 || number + 1 >= tokens.Length || tokens[number].Kind != NameTokenKind.Number) return false;
        var head = tokens[number + 1];
        if (!head.IsCapitalizedWord || head.Is(NameTokenFlags.SentenceStart) || head.Is(NameTokenFlags.InQuote) != quoted
            || head.Start != tokens[number].End + 1 || !EntityLexicon.StreetHeads.Contains(body.Text(number + 1))) return false;
        var text = body.Text(number);
        return text.Length is >= 3 and <= 5 && char.IsDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th";
    }
}
