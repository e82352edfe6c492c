using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "the busway, which opened in August 2011, seven years ago", "Stumpy went viral in 2020, four years ago", "a decade
/// ago, during the dry summer of 2012", "Debbie struck on September 16, 1961, 56 years ago last month", "a July 2006 heat
/// wave, 12 years ago": a dated happening set beside its distance back from today puts the story that far after it.
/// </summary>
internal static class YearsAgoYear
{
    private const int MaxYears = 200;
    private const int MaxGapTokens = 7; // "a decade ago, during the dry summer of 2012"

    /// <summary>The story's year, or null when no narrative sentence sets a year beside "N years ago".</summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            if (!scan.SentenceHolds(s, "ago")) continue;
            var (first, end) = scan.TokensOf(s);
            for (var t = first + 2; t < end; t++)
            {
                if (!scan.IsWord(t, "ago") || scan.IsInsideQuotation(scan.Tokens[t].Start) || Distance(scan, t, first, end) is not { } ago) continue;
                foreach (var m in scan.Mentions)
                {
                    if (m.Sentence != s || m.Expression is not { Form: DateForm.Calendar, Year: > 0 } e
                        || DateContext.IsInsideQuotation(scan, m) || !Beside(scan, m, ago.First, t)) continue;
                    // Without the origin's month the count is in whole years: "in 2020, four years ago" is a 2024 story.
                    var year = e.Month > 0 ? new DateOnly(e.Year, e.Month, 1).AddMonths(ago.Months).Year : e.Year + ago.Months / 12;
                    if (year >= lowest && year <= highest) return year;
                }
            }
        }
        return null;
    }

    // "seven years ago", "four and a half years ago", "a decade ago", "56 years ago last month": the distance in months
    // and the first token of the count, or null when "ago" does not end a count of years.
    private static (int Months, int First)? Distance(DateScan scan, int ago, int first, int end)
    {
        var unit = ago - 1;
        int perUnit;
        if (scan.IsWord(unit, "years") || scan.IsWord(unit, "year")) perUnit = 12;
        else if (scan.IsWord(unit, "decades") || scan.IsWord(unit, "decade")) perUnit = 120;
        else return null;
        var count = unit - 1;
        var half = 0;
        // "four and a half years ago"
        if (count - 3 >= first && scan.IsWord(count, "half") && scan.IsWord(count - 1, "a") && scan.IsWord(count - 2, "and"))
        {
            half = perUnit / 2;
            count -= 3;
        }
        if (count < first || DateMentionFinder.CountAt(scan, count) is not { } n || n is <= 0 || n * perUnit / 12 > MaxYears) return null;
        var months = n * perUnit + half;
        // "56 years ago last month": the anniversary fell in the month before the story's.
        if (ago + 2 < end && scan.IsWord(ago + 1, "last") && scan.IsWord(ago + 2, "month")) months += 1;
        return (months, count);
    }

    private const int MaxNounWords = 3;

    // A lower-case word that may be part of a noun phrase: not a verb of the past ("opened") nor a clause's joint.
    private static bool IsNounWord(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[i].Start])) return false;
        var word = scan.Text(i);
        return !word.EndsWith("ed", StringComparison.Ordinal) && !DateWords.PastVerbs.Contains(word) && !DateWords.NounPhraseBreaks.Contains(word);
    }

    // Whether the dated mention and the count stand side by side in one clause: the later one set off by a comma, a
    // bracket or a dash ("in August 2011, seven years ago"; "a decade ago, during … 2012"), or joined by "was"
    // ("in September 1961 was 56 years ago"), with no other date between them.
    private static bool Beside(DateScan scan, DateMention m, int countFirst, int ago)
    {
        var (left, right) = m.LastToken < countFirst ? (m.LastToken, countFirst) : (ago, m.FirstToken);
        if (right <= left || right - left - 1 > MaxGapTokens) return false;
        foreach (var other in scan.Mentions)
            if (other.FirstToken > left && other.LastToken < right && other.Expression.Form == DateForm.Calendar) return false;
        var opener = left + 1;
        // "a July 2006 heat wave, 12 years ago", "the floods of 2015 in Cumbria, ten years ago": the noun the date names may
        // stand between it and the comma.
        if (m.LastToken < countFirst)
            while (opener < right && opener - left <= MaxNounWords && IsNounWord(scan, opener)) opener++;
        return scan.IsSymbol(opener, ',') || scan.IsSymbol(opener, '(') || scan.IsSymbol(opener, '—') || scan.IsSymbol(opener, '–')
            || scan.IsWord(opener, "was") || scan.IsWord(opener, "were");
    }
}
