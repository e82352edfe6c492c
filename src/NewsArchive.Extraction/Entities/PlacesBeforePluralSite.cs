using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A list of names sharing one plural noun for a site or an area: "the Maryhill, Whiteinch and Ashgrove libraries",
/// "Bilborough and Aspley libraries will close", "the Ashmont and Braintree stations". Each name is where one of the
/// sites stands, so each is a place, the first items of the list as much as the last.
/// </summary>
internal static class PlacesBeforePluralSite
{
    private static readonly FrozenSet<string> Nouns = WordList.Set("place-plural-site-nouns", StringComparer.Ordinal);

    // A list of more than six items is a roll-call, not names sharing one noun.
    private const int MaxItems = 6;

    /// <summary>
    /// True when the name ending at <paramref name="last"/> is an item of a list that ends before a plural site noun. A
    /// sentence's first word right before the noun is an adjective ("Rural pools"), not a place.
    /// </summary>
    public static bool Follows(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        var k = last + 1;
        for (var items = 0; items < MaxItems && k < tokens.Length; items++)
        {
            var word = body.Text(k);
            if (tokens[k].IsWord && !tokens[k].Is(NameTokenFlags.Capitalized) && word is not ("and" or "or"))
                return Nouns.Contains(word) && (items == 0 ? !body.Tokens[last].Is(NameTokenFlags.SentenceStart) : SawAnd(body, last, k));
            // ", X", "and X", ", and X": the next item.
            if (word is ",") k++;
            if (k < tokens.Length && body.Text(k) is "and" or "or") k++;
            if (k >= tokens.Length || !tokens[k].IsCapitalizedWord || tokens[k].Is(NameTokenFlags.SentenceStart)) return false;
            while (k < tokens.Length && tokens[k].IsCapitalizedWord && !tokens[k].Is(NameTokenFlags.SentenceStart)) k++;
        }
        return false;
    }

    // A list closes with "and" or "or" before its last item.
    private static bool SawAnd(TokenizedBody body, int last, int end)
    {
        for (var k = last + 1; k < end; k++)
            if (body.Text(k) is "and" or "or") return true;
        return false;
    }
}
