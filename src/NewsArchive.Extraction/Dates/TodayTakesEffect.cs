namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Starting today, every district must have a written policy … The law, which takes effect July 1, passed in April":
/// a story that says its change starts today and dates when the change takes effect is told on that date.
/// </summary>
internal static class TodayTakesEffect
{
    /// <summary>The story's day, or null when the narrative does not tie a change starting today to a dated start.</summary>
    /// <param name="scan">The article's date mentions.</param>
    /// <param name="bound">The first day by which every past happening with a stated year is over, if any.</param>
    /// <param name="today">The latest possible publication day.</param>
    public static DateOnly? Find(DateScan scan, DateOnly? bound, DateOnly today)
    {
        if (!StartsToday(scan)) return null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0, YearRelative: false } || DateContext.IsInsideQuotation(scan, m)
                || !AfterStartWord(scan, m)) continue;
            if (e.Year > 0) return DateMentionFinder.IsValid(e.Year, e.Month, e.Day) ? new DateOnly(e.Year, e.Month, e.Day) : null;
            return FirstAfter(e.Month, e.Day, bound, today);
        }
        return null;
    }

    // The first such day after the finished happenings, up to today; without them, the latest up to today.
    private static DateOnly? FirstAfter(int month, int day, DateOnly? bound, DateOnly today)
    {
        if (bound is { } b)
        {
            for (var year = b.Year; year <= today.Year; year++)
                if (DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day) is var d && d >= b && d <= today) return d;
            return null;
        }
        for (var year = today.Year; year > today.Year - 2; year--)
            if (DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day) is var d && d <= today) return d;
        return null;
    }

    // "starting today", "from today", "as of today", "takes effect today", "comes into force today" in the narrative.
    private static bool StartsToday(DateScan scan)
    {
        foreach (var m in scan.Mentions)
        {
            if (!m.Expression.IsToday || DateContext.IsInsideQuotation(scan, m)) continue;
            var (first, _) = scan.TokensOf(m.Sentence);
            var i = m.FirstToken - 1;
            if (i < first) continue;
            if (scan.IsWord(i, "starting") || scan.IsWord(i, "from") || scan.IsWord(i, "beginning") || scan.IsWord(i, "effect")
                || scan.IsWord(i, "force") || i - 1 >= first && scan.IsWord(i, "of") && scan.IsWord(i - 1, "as")) return true;
        }
        return false;
    }

    // "takes effect July 1", "came into force on 1 April", "effective Jan. 1": the date a change starts.
    private static bool AfterStartWord(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        if (i >= first && scan.IsWord(i, "on")) i--;
        return i >= first && (scan.IsWord(i, "effect") || scan.IsWord(i, "force") || scan.IsWord(i, "effective"));
    }
}
