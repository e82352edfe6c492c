using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Rockets: Host Memphis on Monday, Nov. 23.", "Texas Tech: At Oklahoma State on Saturday, Nov. 28.": a sports report's
/// "up next" line, a team's name, a colon and a bare fixture verb (or "At" for an away game), lists coming games.
/// </summary>
internal static class FixtureLine
{
    private const int MaxTeamWords = 5; // "Los Angeles Football Club:" before the colon

    private static readonly FilteredWords FixtureWords = new(new[]
    {
        "host", "hosts", "visit", "visits", "play", "plays", "face", "faces", "open", "opens", "at", "travel", "travels",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the mention's sentence is such a line, the mention after its verb.</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        var colon = first;
        while (colon < mention.FirstToken && colon - first <= MaxTeamWords && scan.Tokens[colon].Kind == TokenKind.Word
               && char.IsUpper(scan.Body[scan.Tokens[colon].Start])) colon++;
        if (colon == first || colon + 1 >= mention.FirstToken || !scan.IsSymbol(colon, ':')) return false;
        var verb = colon + 1;
        if (!(scan.Tokens[verb].Kind == TokenKind.Word && char.IsUpper(scan.Body[scan.Tokens[verb].Start])
              && FixtureWords.Contains(scan.Text(verb)))) return false;
        // "Hawks: At Kingsbridge on Tuesday, the Hawks lost 3-1": a past verb makes it a report, not a list of games.
        for (var i = verb + 1; i < end; i++)
            if (ClauseTense.IsPastVerb(scan, i)) return false;
        return true;
    }
}
