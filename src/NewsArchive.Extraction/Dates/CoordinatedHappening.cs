using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "left the club in 2023 and launched his campaign in February", "raised it with the council in 2024 and again in
/// January": a year that closes one happening lends nothing to a month told with the next one joined by "and". Only
/// a year fronted at the sentence's start ("In 2015, the council met in March and voted in June") frames all of it.
/// </summary>
internal static class CoordinatedHappening
{
    private const int FrontReach = 2; // "In 2015," / "Back in 2015,": the year opens the sentence
    private const int VerbReach = 4; // "and his side made", "and, after a review, again"

    /// <summary>
    /// The token of the first "and" after the year (ending at <paramref name="yearEnd"/>) that begins another
    /// happening before <paramref name="limit"/>, else <paramref name="limit"/>.
    /// </summary>
    public static int After(DateScan scan, int sentenceFirst, int yearFirst, int yearEnd, int limit)
    {
        if (yearFirst - sentenceFirst <= FrontReach) return limit;
        for (var i = yearEnd + 1; i < limit && i < scan.Tokens.Count; i++)
        {
            if (!scan.IsWord(i, "and")) continue;
            for (var k = i + 1; k <= i + VerbReach && k < limit; k++)
                if (scan.IsWord(k, "again") || IsPastVerb(scan, k)) return i;
        }
        return limit;
    }

    private static bool IsPastVerb(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[i].Start])) return false;
        var word = scan.Text(i);
        if (DateWords.PastVerbs.Contains(word)) return !DateWords.StateVerbs.Contains(word);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !DateWords.NotPastVerbs.Contains(word);
    }
}
