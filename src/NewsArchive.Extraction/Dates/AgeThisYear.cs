using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "… since it was launched in 1964. It turned 60 this year.", "The club, founded in 1925, turns 100 this year": an age
/// reached "this year" counted from a year of origin told beside it is the story's year.
/// </summary>
internal static class AgeThisYear
{
    private const int MaxAge = 200;

    /// <summary>The story's year, or null when no narrative sentence counts an age "this year" from a year beside it.</summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 1; i + 2 < end; i++)
            {
                // The number first: few tokens are one, and the words around it are asked of those alone.
                if (scan.Tokens[i].Kind != TokenKind.Number || !IsTurn(scan, i - 1) || !scan.IsWord(i + 1, "this") || !scan.IsWord(i + 2, "year")
                    || !int.TryParse(scan.Text(i), out var age) || age is <= 0 or > MaxAge
                    || scan.IsInsideQuotation(scan.Tokens[i].Start)) continue;
                // The year of origin: the latest year in this sentence or the one before it.
                if (OriginYear(scan, s) is { } origin && origin + age is var year && year >= lowest && year <= highest) return year;
            }
        }
        return null;
    }

    private static bool IsTurn(DateScan scan, int i) =>
        scan.IsWord(i, "turned") || scan.IsWord(i, "turns") || scan.IsWord(i, "turn") || scan.IsWord(i, "turning");

    // The last year (a year mention with no month) of the sentence, else of the sentence before.
    private static int? OriginYear(DateScan scan, int sentence)
    {
        int? found = null;
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence > sentence) break;
            if (m.Sentence < sentence - 1 || DateContext.IsInsideQuotation(scan, m)) continue;
            if (m.Expression is { Form: DateForm.Calendar, Year: > 0 } e && (found is null || m.Sentence == sentence)) found = e.Year;
        }
        return found;
    }
}
