using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A public body named for the fields it covers, joined by "and" before the word for its kind: "Belfast Health and Social
/// Care Trust", "U.S. Securities and Exchange Commission", "Traffic, Parking and Transportation Department". A field word
/// that also ends company names ("Health", "Securities") does not close the name there, because no body's name ends in a
/// field and the next one opens with a field and ends in a kind of body ("Kaiser Health and Mercy Hospital" are two).
/// </summary>
internal static class FieldsBeforeBodyHead
{
    private static readonly FrozenSet<string> BodyKinds = WordList.Set("organization-body-kinds", StringComparer.Ordinal);

    /// <summary>True for the last word of a public body's name that says its kind ("Department", "Trust").</summary>
    public static bool IsBodyKind(string word) => BodyKinds.Contains(word);

    /// <summary>
    /// True when the run <paramref name="first"/>..<paramref name="last"/>, "and", and the run ending at
    /// <paramref name="runEnd"/> are one body's name: the left run is a field, after at most a place ("Belfast Health",
    /// "U.S. Securities"), and the right one is one or two more field words and a kind of body ("Social Care Trust").
    /// </summary>
    public static bool Joins(TokenizedBody body, int first, int last, int runEnd)
    {
        var rightFirst = last + 2;
        if (runEnd - rightFirst is < 1 or > 2 || !BodyKinds.Contains(body.Text(runEnd)) || BodyKinds.Contains(body.Text(last))) return false;
        if (first < last && body.Text(first) is "The") first++;
        // The field: one word, maybe after the place the body serves ("Belfast", "U.S.", "Northern").
        if (last > first && !(last - first <= 2 && IsPlaceWords(body, first, last - 1))) return false;
        if (!IsFieldWord(body, last)) return false;
        for (var k = rightFirst; k < runEnd; k++)
            if (!IsFieldWord(body, k) || EntityLexicon.IsOrganizationEnd(body.Text(k)) && k > rightFirst) return false;
        return true;
    }

    /// <summary>
    /// True when a known name ends at <paramref name="runEnd"/> after the place the run opens with: "U.S. Securities and
    /// Exchange Commission" is the known commission with its country before it.
    /// </summary>
    public static bool KnownAfterPlace(TokenizedBody body, int first, int last, int runEnd)
    {
        if (first < last && body.Text(first) is "The") first++;
        for (var start = first + 1; start <= last && start - first <= 2; start++)
            if (IsPlaceWords(body, first, start - 1) && body.IsKnownOrganization(start, runEnd)) return true;
        return false;
    }

    private static bool IsPlaceWords(TokenizedBody body, int first, int last) =>
        body.IsKnownPlace(first, last) || (first == last && (body.IsDemonym(first) || EntityClassifier.IsCompassWord(body.Text(first))));

    // A capitalized common word: no given name, place, known body, acronym or stop word ("Health", "Social", "Exchange").
    private static bool IsFieldWord(TokenizedBody body, int k)
    {
        var word = body.Text(k);
        return body.Tokens[k].IsCapitalizedWord && !body.IsGivenName(k) && !body.IsStopWord(k) && !EntityClassifier.IsAcronym(word)
               && !EntityLexicon.Places.Contains(word) && !EntityLexicon.Organizations.Contains(word) && !body.IsDemonym(k);
    }
}
