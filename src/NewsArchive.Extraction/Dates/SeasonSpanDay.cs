using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The last day of classes for the 2024-25 school year is May 23", "the 2025/26 season opens on 16 August": a coming
/// month-and-day told beside a span of two years falls in one of them (a school year or season runs from late summer,
/// so August to December in the first year, January to July in the second). Its year known, it bounds the story's
/// day from above.
/// </summary>
internal static class SeasonSpanDay
{
    private const int FirstMonthOfSpan = 8;

    /// <summary>The earliest coming day the narrative dates within a span of two years, or null.</summary>
    public static DateOnly? Earliest(DateScan scan)
    {
        DateOnly? earliest = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0 } || DateContext.IsInsideQuotation(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Future || !reading.HasVerb || SpanIn(scan, m.Sentence) is not { } firstYear) continue;
            var year = e.Month >= FirstMonthOfSpan ? firstYear : firstYear + 1;
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (earliest is null || day < earliest) earliest = day;
        }
        return earliest;
    }

    // The first year of the sentence's one "2024-25" / "2024/25" / "2024–2025" span outside quotation marks, or null.
    private static int? SpanIn(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        var tokens = scan.Tokens;
        int? found = null;
        for (var i = first; i + 2 < end; i++)
        {
            if (YearToken.SpanStartAt(scan, i) is not { } year || scan.IsInsideQuotation(tokens[i].Start)) continue;
            if (found is not null && found != year) return null;
            found = year;
        }
        return found;
    }
}
