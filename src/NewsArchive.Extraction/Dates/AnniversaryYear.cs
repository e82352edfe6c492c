using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Halden marks the 50th anniversary of the mill fire today" with "The fire in 1976 killed nine": a story that marks
/// an anniversary is written in the year that many years after a year it names. "Friday marks five years since the
/// collapse" reads the same way.
/// </summary>
internal static class AnniversaryYear
{
    private const int MaxYears = 200;

    /// <summary>
    /// The story's year, or null when no sentence marks an anniversary of a stated year that falls between
    /// <paramref name="lowest"/> and <paramref name="highest"/> (the years the other evidence allows).
    /// </summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        var tokens = scan.Tokens;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            if (Count(scan, first, end) is not { } count || !MarksNow(scan, first, end)) continue;
            int? best = null;
            foreach (var m in scan.Mentions)
            {
                if (!m.Expression.HasYear || m.Expression.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
                var year = m.Expression.Year + count;
                if (year < lowest || year > highest) continue;
                if (best is null || year < best) best = year;
            }
            if (best is not null) return best;
        }
        return null;
    }

    private static readonly Dictionary<string, int> OrdinalWords = LoadOrdinals();

    // "the 50th anniversary", "the first anniversary" or "five years since": the count of years, or null.
    private static int? Count(DateScan scan, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (scan.IsWord(i, "anniversary") && OrdinalWords.TryGetValue(scan.Text(i - 1).ToString().ToLowerInvariant(), out var nth)) return nth;
            if (i < first + 2) continue;
            if (scan.IsWord(i, "anniversary") && scan.Tokens[i - 2].Kind == TokenKind.Number
                && (scan.IsWord(i - 1, "th") || scan.IsWord(i - 1, "st") || scan.IsWord(i - 1, "nd") || scan.IsWord(i - 1, "rd")))
                return int.TryParse(scan.Text(i - 2), out var n) && n is > 0 and <= MaxYears ? n : null;
            if (scan.IsWord(i, "since") && scan.IsWord(i - 1, "years") && DateMentionFinder.CountAt(scan, i - 2) is { } years)
                return years is > 1 and <= MaxYears ? years : null;
        }
        return null;
    }

    private static Dictionary<string, int> LoadOrdinals()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lexicon.WordList.Lines("dates-ordinal-words"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[parts[0]] = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        return map;
    }

    // The anniversary is the story's own: "marks", "is marking", "celebrates", "commemorates" (not "marked" in 2016).
    private static bool MarksNow(DateScan scan, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (scan.IsWord(i, "marks") || scan.IsWord(i, "marking") || scan.IsWord(i, "celebrates") || scan.IsWord(i, "celebrating")
                || scan.IsWord(i, "commemorates") || scan.IsWord(i, "commemorating"))
                return true;
        return false;
    }
}
