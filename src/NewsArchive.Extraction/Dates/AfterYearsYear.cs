using System.Text.RegularExpressions;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The club, which opened in 2011, will close after 13 years", "Brood X has emerged after 17 years underground" with "the
/// last emergence in 2004": a story told as so many years after a beginning it dates (an opening, a founding, the last
/// time) is written that many years after it. Only a date told as a beginning counts ("opened", "founded", "first",
/// "last recorded"); "after two years of lockdowns" measures a stretch, not the time since a dated start.
/// </summary>
internal static class AfterYearsYear
{
    private const int MaxYears = 200;
    private const int MaxCueWords = 6; // "opened beside the Barbican in December 1976"

    private static readonly string[] BeginningCues =
        ["opened", "founded", "established", "launched", "began", "started", "built", "first", "last", "emerged"];

    /// <summary>The story's year, or null when the narrative tells no "after N years" that a dated beginning places
    /// between <paramref name="lowest"/> and <paramref name="highest"/>.</summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        if (Count(scan) is not { } years) return null;
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Calendar, Year: > 0, YearRelative: false } e || DateContext.IsInsideQuotation(scan, m)
                || !AfterBeginningCue(scan, m)) continue;
            var year = e.Year + years;
            if (year >= lowest && year <= highest) return year;
        }
        return null;
    }

    // "Museum closes its doors after 46 years", "Bakery To Close After 30 Years In Logan Square".
    private static readonly Regex HeadlineCount = new(
        @"\bafter (?:nearly |almost |over |some )?(\d{1,3}|[a-z]+)[ -]years?\b( of\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// The year a headline's "after N years" gives, counted from the first beginning the narrative dates ("to close after
    /// 13 years" with "The club opened in 2011": 2024), or null. Headlines carry this count more often than the text does.
    /// </summary>
    public static int? FromHeadline(string? headline, DateScan scan)
    {
        // "after two years of restrictions" measures a stretch, not the time since a beginning.
        if (string.IsNullOrEmpty(headline) || HeadlineCount.Match(headline) is not { Success: true } match || match.Groups[2].Success) return null;
        var word = match.Groups[1].Value.ToLowerInvariant();
        var count = int.TryParse(word, out var n) ? n : DateWords.NumberWords.TryGetValue(word, out var w) ? w : 0;
        if (count is <= 1 or > MaxYears) return null;
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Calendar, Year: > 0, YearRelative: false } e && !DateContext.IsInsideQuotation(scan, m) && AfterBeginningCue(scan, m))
                return e.Year + count;
        return null;
    }

    // The N of the narrative's first "after [nearly] N years" that is not a stretch of something ("after two years of
    // restrictions"), or null.
    private static int? Count(DateScan scan)
    {
        var tokens = scan.Tokens;
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (!scan.IsWord(i, "years") || scan.IsInsideQuotation(tokens[i].Start)) continue;
            var n = i - 1;
            var after = n - 1;
            if (after >= 1 && (scan.IsWord(after, "nearly") || scan.IsWord(after, "almost") || scan.IsWord(after, "over") || scan.IsWord(after, "some"))) after--;
            if (after < 0 || !scan.IsWord(after, "after") || scan.IsWord(i + 1, "of")) continue;
            if (CountAt(scan, n) is { } count && count is > 1 and <= MaxYears) return count;
        }
        return null;
    }

    // Whether a word that tells a beginning stands a few words before the date, with only words between ("opened the
    // bakery in 1995", "the last Brood X emergence in 2004").
    private static bool AfterBeginningCue(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxCueWords; i--)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word) return false;
            foreach (var cue in BeginningCues)
                if (scan.IsWord(i, cue)) return true;
        }
        return false;
    }

    // The count at the token, in figures or words, whatever its case ("After 30 Years", "after thirteen years").
    private static int? CountAt(DateScan scan, int i) =>
        DateMentionFinder.CountAt(scan, i) ?? (DateWords.NumberWords.TryGetValue(scan.Text(i).ToString().ToLowerInvariant(), out var n) ? n : null);
}
