using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A town's own body named by a common word after the town's possessive: "Seattle's City Council", "Boston's City
/// Council", "Dallas's County Commission". The body is the town's ("Seattle City Council"), not a "City Council" of its
/// own, which would be no name at all.
/// </summary>
internal static class TownsOwnBody
{
    /// <summary>The first token of the known place that owns the body <paramref name="first"/>..<paramref name="last"/>, or null.</summary>
    public static int? Owner(TokenizedBody body, int first, int last)
    {
        var tokens = body.Tokens;
        if (last == first || body.Text(first) is not ("City" or "County" or "Town" or "Borough") || !EntityLexicon.OrganizationHeads.Contains(body.Text(last))) return null;
        var possessive = first - 1;
        if (possessive < 1 || tokens[possessive].Kind != NameTokenKind.Possessive || !tokens[possessive - 1].IsCapitalizedWord) return null;
        var end = possessive - 1;
        var start = end;
        while (start > 0 && end - start < 2 && tokens[start - 1].IsCapitalizedWord) start--;
        for (var k = start; k <= end; k++)
            if (body.IsKnownPlace(k, end)) return k;
        return null;
    }

    /// <summary>
    /// <paramref name="mention"/> (whose core starts at token <paramref name="first"/>) named for its town ("Seattle City
    /// Council"), written as the article writes it ("Seattle's City Council").
    /// </summary>
    public static Mention Named(TokenizedBody body, Mention mention, int owner, int first)
    {
        var town = body.Phrase(owner, first - 2);
        var core = town + " " + mention.Core;
        var start = body.Tokens[owner].Start;
        return mention with
        {
            Span = new TextSpan(start, mention.Span.End),
            Surface = body.Body[start..mention.Span.End],
            Core = core,
            Words = [.. town.Split(' '), .. mention.Words],
            OrganizationGroup = EntityLexicon.Organizations.Group(core),
            PlaceGroup = -1,
        };
    }
}
