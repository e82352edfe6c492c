using System.Text.RegularExpressions;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The club, which opened in 2011, will close after 13 years", "Brood X has emerged after 17 years underground" with "It
/// last surfaced in 2004": a story told as so many years after a beginning it dates (an opening, a founding, the last
/// time) is written that many years after it. Only a date told as a beginning, in the count's sentence or the next, counts
/// ("opened", "founded", "first held", "last recorded"); "after two years of lockdowns" measures a stretch, not the time
/// since a dated start.
/// </summary>
internal static class AfterYearsYear
{
    private const int MaxYears = 200;
    private const int MaxCueWords = 6; // "opened beside the Barbican in December 1976"
    private const int LeadSentences = 2; // a lead's count is the story's own, from a beginning anywhere (as IntervalYear's)

    /// <summary>The story's year, or null when the narrative tells no "after N years" that a dated beginning in its
    /// sentence or the next (anywhere, for a lead's) places between <paramref name="lowest"/> and <paramref name="highest"/>.</summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
            if (Count(scan, s) is { } years && FromBeginning(scan, years, lowest, highest, s <= LeadSentences ? null : s) is { } year) return year;
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
        // The resolver keeps the headline's year only within the years the other evidence allows.
        return FromBeginning(scan, count, 1, int.MaxValue, sentence: null);
    }

    // The first year so many years after a beginning the narrative dates between the bounds, in the count's sentence or
    // the next ("will shut its doors after 24 years. … The shop opened in 1995"; null: anywhere, for a headline's or a
    // lead's count).
    private static int? FromBeginning(DateScan scan, int years, int lowest, int highest, int? sentence)
    {
        foreach (var m in scan.Mentions)
        {
            if (sentence is { } s && m.Sentence != s && m.Sentence != s + 1) continue;
            if (m.Expression is not { Form: DateForm.Calendar, Year: > 0, YearRelative: false } e || DateContext.IsInsideQuotation(scan, m)
                || !AfterBeginningCue(scan, m)) continue;
            var year = e.Year + years;
            if (year >= lowest && year <= highest) return year;
        }
        return null;
    }

    // The N of the sentence's first "after [nearly] N years" that is not a stretch of something ("after two years of
    // restrictions"), or null.
    private static int? Count(DateScan scan, int sentence)
    {
        if (!scan.SentenceHolds(sentence, "after")) return null;
        var (first, end) = scan.TokensOf(sentence);
        for (var i = Math.Max(first, 2); i + 1 < end; i++)
        {
            if (!scan.IsWord(i, "years") || scan.IsInsideQuotation(scan.Tokens[i].Start)) continue;
            var n = i - 1;
            var after = n - 1;
            if (after >= first + 1 && (scan.IsWord(after, "nearly") || scan.IsWord(after, "almost") || scan.IsWord(after, "over") || scan.IsWord(after, "some"))) after--;
            if (after < first || !scan.IsWord(after, "after") || scan.IsWord(i + 1, "of")) continue;
            if (DateMentionFinder.CountOrWordAt(scan, n) is { } count && count is > 1 and <= MaxYears) return count;
        }
        return null;
    }

    // Whether a word that tells a beginning stands a few words before the date, with only words between ("opened the
    // bakery in 1995"); "first" and "last" only before a verb ("first opened in 1982", "last recorded in 2004", not "the
    // first half of 2015").
    private static bool AfterBeginningCue(DateScan scan, DateMention m) => DateContext.CueBefore(scan, m, MaxCueWords, IsBeginningCue);

    private static bool IsBeginningCue(DateScan scan, int i)
    {
        // "since the last Brood X emergence in 2004": the previous time, which the count runs from.
        if (scan.IsWord(i, "last") && i >= 2 && scan.IsWord(i - 1, "the") && scan.IsWord(i - 2, "since")) return true;
        if (scan.IsWord(i, "first") || scan.IsWord(i, "last")) return i + 1 < scan.Tokens.Count && ClauseTense.IsPastVerb(scan, i + 1);
        return DateWords.BeginningVerbs.Contains(scan.Text(i));
    }
}
