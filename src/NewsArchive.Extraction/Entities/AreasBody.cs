using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// "and" between places where a body's name is made of the areas it serves, and where it lists two bodies instead.
/// </summary>
internal static class AreasBody
{
    /// <summary>
    /// The end of a body named for two areas ("Devon and Cornwall Police", "Avon and Somerset Fire and Rescue Service"):
    /// a known place before "and", a known place opening the run after it, and a name from there that ends in an
    /// organization's head; -1 when the tokens are not of that shape. <paramref name="rest"/> is where the name after
    /// "and" ends, as the candidate finder extends it.
    /// </summary>
    public static int End(TokenizedBody body, int first, int last, int and, int rest)
    {
        var start = first < last && body.Text(first) is "The" ? first + 1 : first;
        if (!body.IsKnownPlace(start, last)) return -1;
        var placeEnd = PlacePrefixEnd(body, and + 1, rest);
        // The place after "and" must be followed by more of the name: "Devon and Cornwall" alone lists two places.
        if (placeEnd < 0 || placeEnd >= rest || !EntityLexicon.IsOrganizationEnd(body.Text(rest))) return -1;
        return rest;
    }

    /// <summary>
    /// True when the run after "and" inside an organization's "of" is a second body of its own: it opens with a known place
    /// and ends in an organization's head ("the University of Warwick and Coventry University"), while the fields of
    /// "Department of Health and Human Services" name no place. After "of the" the place before "and" names the body's
    /// areas with the one after it ("Friends of the Stockton and Darlington Railway").
    /// </summary>
    public static bool IsSecondBody(TokenizedBody body, int first, int last, int start, int runEnd)
    {
        if (runEnd <= start || !EntityLexicon.IsOrganizationEnd(body.Text(runEnd)) || PlacePrefixEnd(body, start, runEnd - 1) < 0) return false;
        for (var k = last; k > first; k--)
            if (body.Tokens[k].IsWord && !body.Tokens[k].IsCapitalizedWord) return body.Text(k) is not "the";
        return true;
    }

    /// <summary>
    /// True when tokens <paramref name="first"/>..<paramref name="last"/> are a body named for two areas ("Devon and Somerset
    /// Fire and Rescue Service"), which no given name opening it makes a person.
    /// </summary>
    public static bool Names(TokenizedBody body, int first, int last)
    {
        if (!EntityLexicon.IsOrganizationEnd(body.Text(last))) return false;
        var start = first < last && body.Text(first) is "The" ? first + 1 : first;
        for (var and = start + 1; and < last - 1 && and <= start + 3; and++)
            if (body.Text(and) is "and")
                return body.IsKnownPlace(start, and - 1) && End(body, start, and - 1, and, last) == last;
        return false;
    }

    // The last token of the longest known place that opens tokens start..end, or -1.
    private static int PlacePrefixEnd(TokenizedBody body, int start, int end)
    {
        var found = -1;
        for (var k = start; k <= end && k < start + 4; k++)
            if (body.IsKnownPlace(start, k)) found = k;
        return found;
    }
}
