using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// "an Ankeny man", "a Clontarf woman, 34,", "a Hartley pensioner": after "a" or "an", a name before a noun for a person
/// says where the person is from, as "a Lowell Democrat" does. A name of a party or a body does not describe a resident.
/// </summary>
internal static class TownOfLocalPerson
{
    private static readonly FrozenSet<string> PersonNouns = WordList.Set("place-local-person-nouns", StringComparer.Ordinal);

    /// <summary>True when the name <paramref name="surfaceFirst"/>..<paramref name="last"/> stands between "a"/"an" and a noun for a person.</summary>
    public static bool Is(TokenizedBody body, int surfaceFirst, int last)
    {
        var tokens = body.Tokens;
        if (surfaceFirst < 1 || last + 1 >= tokens.Length || !tokens[surfaceFirst - 1].IsWord || body.Text(surfaceFirst - 1) is not ("a" or "an")) return false;
        var next = tokens[last + 1];
        return next.IsWord && !next.Is(NameTokenFlags.Capitalized) && next.Start == tokens[last].End + 1 && PersonNouns.Contains(body.Text(last + 1))
               && !EntityClassifier.Parties.Contains(body.Phrase(surfaceFirst, last)) && !EntityClassifier.IsAcronym(body.Text(last));
    }
}
