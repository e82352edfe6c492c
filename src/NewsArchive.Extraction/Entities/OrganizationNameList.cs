using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A comma list inside an organization's "of …": "Ministry of Housing, Communities and Local Government". A list
/// whose items are known organizations, places or people ("Department of Justice, Google and Apple") is a list of
/// names, not one name.
/// </summary>
internal static class OrganizationNameList
{
    /// <summary>The last token of the list that starts at the comma <paramref name="comma"/>, or -1.</summary>
    public static int End(TokenizedBody body, int comma, bool quoted)
    {
        var tokens = body.Tokens;
        var k = comma + 1;
        var middleEnd = RunEnd(body, k, quoted);
        if (middleEnd < 0) return -1;
        // "Health, Education, Labor and Pensions": more items, each after its comma.
        for (var items = 0; items < 3 && middleEnd + 2 < tokens.Length && body.Text(middleEnd + 1) is ","; items++)
        {
            var itemEnd = RunEnd(body, middleEnd + 2, quoted);
            if (itemEnd < 0) break;
            middleEnd = itemEnd;
        }
        var and = middleEnd + 1;
        // "Commerce, Science, and Transportation": the serial comma before "and".
        if (and + 1 < tokens.Length && body.Text(and) is "," && body.Text(and + 1) is "and") and++;
        if (and + 1 >= tokens.Length || body.Text(and) is not "and") return -1;
        var lastEnd = RunEnd(body, and + 1, quoted);
        if (lastEnd < 0) return -1;
        for (var t = k; t <= lastEnd; t++)
        {
            if (!tokens[t].IsCapitalizedWord) continue;
            var word = body.Text(t);
            if (EntityLexicon.IsGivenName(word) || EntityClassifier.IsAcronym(word) || EntityLexicon.Organizations.Contains(word)
                || EntityLexicon.Places.Contains(word)) return -1;
        }
        return lastEnd;
    }

    private static int RunEnd(TokenizedBody body, int start, bool quoted)
    {
        var tokens = body.Tokens;
        var end = -1;
        for (var t = start; t < tokens.Length && tokens[t].IsCapitalizedWord && !tokens[t].Is(NameTokenFlags.SentenceStart)
                            && tokens[t].Is(NameTokenFlags.InQuote) == quoted; t++)
            end = t;
        return end;
    }
}
