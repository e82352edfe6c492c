namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "With Christmas falling on a Thursday this year", "the holiday lands on a Sunday", "yesterday's parade, the first held
/// on a Sunday in five years": the narrative gives the weekday of the story's holiday, which fixes its year as a weekday
/// beside a date does.
/// </summary>
internal static class HolidayFallsOn
{
    // The verbs that put a yearly day on a weekday: "falls on a Monday", "landed on a Sunday".
    private static readonly string[] FallVerbs = ["falls", "fall", "fell", "falling", "lands", "land", "landed", "landing"];

    /// <summary>The weekday the narrative gives the holiday, or null.</summary>
    public static DayOfWeek? Find(DateScan scan) => Told(scan)?.Weekday;

    /// <summary>
    /// "With St Patrick's Day falling on a Monday this year": a fixed-date holiday named in the sentence that gives its
    /// weekday, which the holiday has in the story's year; null when the sentence names none (or no weekday is given).
    /// </summary>
    public static (int Month, int Day, DayOfWeek Weekday)? FixedHoliday(DateScan scan) =>
        Told(scan) is var (weekday, sentence)
        && HolidayNames.NamedIn(scan, sentence, HolidayNames.Fixed, h => h.Name, NotThisYears) is { } h ? (h.Month, h.Day, weekday) : null;

    // Words before a holiday that make it another year's or a limit ("last Christmas", "until Christmas Day").
    private static readonly string[] NotThisYears = ["last", "next", "until", "since", "till"];

    private static (DayOfWeek Weekday, int Sentence)? Told(DateScan scan)
    {
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 2; i + 1 < end; i++)
            {
                if (!scan.IsWord(i, "on") || !scan.IsWord(i + 1, "a") || i + 2 >= end
                    || !DateWords.Weekdays.TryGetValue(scan.Text(i + 2), out var weekday)
                    || scan.IsInsideQuotation(scan.Tokens[i].Start)) continue;
                // "held on a Sunday" says it of the story's own happening only beside its today or yesterday.
                if (IsFallVerb(scan, i - 1) || scan.IsWord(i - 1, "held") && TellsNeighbourDay(scan, s)) return ((DayOfWeek)weekday, s);
            }
        }
        return null;
    }

    private static bool IsFallVerb(DateScan scan, int i)
    {
        foreach (var verb in FallVerbs)
            if (scan.IsWord(i, verb)) return true;
        return false;
    }

    // Whether the sentence says "today", "yesterday" or "tomorrow" in the narrative ("Yesterday's parade, …").
    private static bool TellsNeighbourDay(DateScan scan, int sentence)
    {
        foreach (var m in scan.Mentions)
            if (m.Sentence == sentence && m.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false }
                && !DateContext.IsInsideQuotation(scan, m)) return true;
        return false;
    }
}
