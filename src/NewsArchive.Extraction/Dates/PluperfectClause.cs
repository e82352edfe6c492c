using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The German had spoken of the pressure at his press conference on Thursday": a clause in the past perfect tells of
/// a time before the story's own happening, so its weekday is not the story's day.
/// </summary>
internal static class PluperfectClause
{
    private const int MaxReach = 14; // words back from the date to the clause's "had"

    /// <summary>True when the date's clause is built on "had" + participle ("had spoken", "had been told").</summary>
    public static bool Is(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxReach; i--)
        {
            // A comma may close a relative clause ("which had been promoted, confirmed on Tuesday").
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',')) return false;
            if (scan.Tokens[i].Kind != TokenKind.Word) continue;
            // "said on Thursday", "announced": a verb of its own between "had" and the date starts another clause.
            if (scan.IsWord(i, "said") || scan.IsWord(i, "says") || scan.IsWord(i, "told") || scan.IsWord(i, "when")
                || scan.IsWord(i, "after") || scan.IsWord(i, "before") || scan.IsWord(i, "that")) return false;
            // "had to", "had a": possession and obligation are no tense.
            if (scan.IsWord(i, "had") && i + 1 < m.FirstToken && scan.Tokens[i + 1].Kind == TokenKind.Word
                && !scan.IsWord(i + 1, "to") && !scan.IsWord(i + 1, "a") && !scan.IsWord(i + 1, "an") && !scan.IsWord(i + 1, "the")
                && !scan.IsWord(i + 1, "no")) return true;
        }
        return false;
    }
}
