using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// "last imposed a ban in 1995, though it came close in the summer of 2022, when the agency declared drought in August":
/// a ", when …" clause right after a date with its year tells what happened then, so a bare month inside it lies in that
/// year, even where the sentence states several years and none lends the whole sentence its year.
/// </summary>
internal static class WhenClauseYear
{
    private const int Reach = 16; // tokens from the "when" to the month: the clause's own words, not a later one's

    /// <summary>The year of the dated phrase whose ", when" clause holds the mention at <paramref name="index"/>, or 0.</summary>
    public static int Of(DateScan scan, IReadOnlyList<DateMention> mentions, int first, int index)
    {
        var mention = mentions[index];
        for (var k = index - 1; k >= first; k--)
        {
            var before = mentions[k];
            var when = before.LastToken + 2;
            if (!before.Expression.HasYear || when >= mention.FirstToken || mention.FirstToken - when > Reach) continue;
            if (!scan.IsSymbol(before.LastToken + 1, ',') || !scan.IsWord(when, "when")) return 0;
            for (var i = when + 1; i < mention.FirstToken; i++)
                if (scan.IsSymbol(i, ',') || DateContext.IsClauseBreak(scan, i)) return 0;
            return before.Expression.Year;
        }
        return 0;
    }
}
