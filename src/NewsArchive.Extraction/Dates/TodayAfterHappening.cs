namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "His family confirmed the news in a statement this morning, two days after his death", with the death told as "on
/// Saturday, August 29": the story's today is measured from the happening it follows, which is the latest dated one
/// the narrative tells, so the story's day is that date moved on. A count of years an anniversary marks ("gathered
/// yesterday to mark nine years since the disaster") is measured from the happening the story dates in full (see
/// <see cref="MarkedYearsSince"/>).
/// </summary>
internal static class TodayAfterHappening
{
    private const int MaxDays = 31;
    private const int MaxGapTokens = 12;
    private const int MaxLeadGapTokens = 80; // "on Wednesday released … as the family called for charges 10 days after the shooting"

    /// <summary>The story's day, or null when no "today … N days after the …" sentence measures it.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years)
    {
        if (MarkedYearsSince.Find(scan, years) is { } marked) return marked;
        foreach (var m in scan.Mentions)
        {
            if (!m.Expression.IsToday || DateContext.IsInsideQuotation(scan, m)) continue;
            if (DaysAfter(scan, m, MaxGapTokens) is not { } days) continue;
            return LatestPastDay(scan, years) is { } day ? day.AddDays(days) : null;
        }
        // "The bureau on Wednesday released the video … 10 days after the shooting", the shooting told "late on Oct. 4":
        // a past weekday measured the same way dates the story when the count lands on that weekday.
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } || DateContext.IsInsideQuotation(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Past || !reading.HasVerb || DaysAfter(scan, m, MaxLeadGapTokens) is not { } days) continue;
            if (LatestPastDayLandingOn(scan, years, days, m.Expression.Weekday) is { } day) return day;
        }
        return null;
    }

    // "N days/weeks after the|his|her|their|its …" near "today" in its sentence, with no date in between.
    private static int? DaysAfter(DateScan scan, DateMention today, int gap)
    {
        var (first, end) = scan.TokensOf(today.Sentence);
        var from = Math.Max(first + 1, today.FirstToken - gap);
        var to = Math.Min(end - 1, today.LastToken + gap);
        for (var i = from; i < to; i++)
        {
            if (!scan.IsWord(i, "after") || i - 2 < first) continue;
            var next = i + 1;
            if (!(scan.IsWord(next, "the") || scan.IsWord(next, "his") || scan.IsWord(next, "her") || scan.IsWord(next, "their")
                || scan.IsWord(next, "its"))) continue;
            var unit = DateMentionFinder.UnitAt(scan, i - 1, plural: true) ?? DateMentionFinder.UnitAt(scan, i - 1, plural: false);
            var size = unit switch { RelativeUnit.Day => 1, RelativeUnit.Week => 7, _ => 0 };
            if (size == 0 || DateMentionFinder.CountAt(scan, i - 2) is not { } count) continue;
            var days = count * size;
            return days is > 0 and <= MaxDays ? days : null;
        }
        return null;
    }

    // The latest past happening the narrative dates to the day ("passed away on Saturday, August 29").
    internal static DateOnly? LatestPastDay(DateScan scan, YearChoice years)
    {
        DateOnly? latest = null;
        foreach (var e in PastCalendarDays(scan))
            if (years.Day(e) is { } day && (latest is null || day > latest)) latest = day;
        return latest;
    }

    // The latest past happening dated to the day that, moved on by the count, lands on the weekday (whose year is
    // the one in which it does), moved on.
    private static DateOnly? LatestPastDayLandingOn(DateScan scan, YearChoice years, int days, DayOfWeek weekday)
    {
        var wanted = (DayOfWeek)(((int)weekday - days % 7 + 7) % 7);
        DateOnly? latest = null;
        foreach (var e in PastCalendarDays(scan))
        {
            var day = e.Year > 0 || e.WeekdayStated ? years.Day(e) : years.Nearest(e.Month, e.Day, wanted);
            if (day is { } d && d.DayOfWeek == wanted && (latest is null || d > latest)) latest = d;
        }
        return latest?.AddDays(days);
    }

    // Month-and-day mentions outside quotations that the narrative tells in the past tense, with a verb of their own.
    private static IEnumerable<DateExpression> PastCalendarDays(DateScan scan)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense == Tense.Past && reading.HasVerb) yield return e;
        }
    }
}
