using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "there is a chance of thunderstorms Sunday afternoon", "a risk of flooding on Friday": what has a chance or a risk of
/// happening on a day is a forecast, not a happening.
/// </summary>
internal static class ChanceOf
{
    private const int Reach = 6; // words from "chance of" to the date

    public static bool Is(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i - 1 >= first && i >= mention.FirstToken - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (scan.IsWord(i, "of") && (scan.IsWord(i - 1, "chance") || scan.IsWord(i - 1, "risk") || scan.IsWord(i - 1, "possibility")
                                         || scan.IsWord(i - 1, "threat") || scan.IsWord(i - 1, "prospect"))) return true;
        }
        return false;
    }
}
