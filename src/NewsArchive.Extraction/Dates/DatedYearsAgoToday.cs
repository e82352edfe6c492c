using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The storm came ashore on Aug. 25, 2017 — five years ago tonight — and …", "on 14 March 2016, ten years ago
/// today,": a full date followed by its distance back from the story in years puts the story's day that many years on
/// (the count written first, "Five years ago today, on …", is <see cref="YearsAgoToday"/>'s).
/// </summary>
internal static class DatedYearsAgoToday
{
    private const int MaxYears = 200;
    private const int MaxSymbolsBetween = 2; // "2017 — five", "2016, ten", "2016 (ten"

    /// <summary>The story's day, or null when no narrative full date is told as so many years ago today.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly latest)
    {
        var mentions = scan.Mentions;
        for (var i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (YearsAgo(scan, m) is not var (years, countToken) || DateContext.IsInsideQuotation(scan, m)) continue;
            var k = i - 1;
            while (k > 0 && mentions[k].Sentence == m.Sentence && mentions[k].FirstToken >= countToken) k--; // "five years ago" itself
            var d = mentions[k];
            if (d.Sentence != m.Sentence || d.Expression is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 } e) continue;
            if (countToken <= d.LastToken || countToken - d.LastToken - 1 > MaxSymbolsBetween || !OnlySymbols(scan, d.LastToken + 1, countToken)) continue;
            var year = e.Year + years;
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (day <= latest) return day;
        }
        return null;
    }

    private static bool OnlySymbols(DateScan scan, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (scan.Tokens[i].Kind is TokenKind.Word or TokenKind.Number) return false;
        return true;
    }

    // "five years ago tonight", "a year ago today": the count and the token that holds it, when the mention ends there.
    private static (int Years, int CountToken)? YearsAgo(DateScan scan, DateMention m)
    {
        var t = m.LastToken;
        if (!scan.IsWord(t, "today") && !scan.IsWord(t, "tonight")) return null;
        var (first, _) = scan.TokensOf(m.Sentence);
        if (t - 3 < first || !scan.IsWord(t - 1, "ago") || !(scan.IsWord(t - 2, "years") || scan.IsWord(t - 2, "year"))) return null;
        var count = DateMentionFinder.CountAt(scan, t - 3)
            ?? (DateWords.NumberWords.TryGetValue(scan.Text(t - 3).ToString().ToLowerInvariant(), out var n) ? n : null);
        return count is > 0 and <= MaxYears ? (count.Value, t - 3) : null;
    }
}
