namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The White House on Tuesday withdrew the nomination … four weeks before the Nov. 3 midterm elections", "The vote on
/// Monday came two days before the June 30 deadline": the story's happening is measured back from a coming date. The
/// count is only as exact as the weekdays agree, so the story's day is the date moved back by the count when that day
/// is the lead's past weekday, in the first year after the evidence where it is.
/// </summary>
internal static class IntervalBeforeDate
{
    private const int MaxDays = 70;
    private const int MaxClauseGap = 12; // "before MPs debate the department's spending plans on"

    /// <summary>The story's day, or null when no narrative sentence measures the story back from a date that fits.</summary>
    public static DateOnly? Find(DateScan scan, DayOfWeek? leadWeekday, DateOnly? bound, DateOnly today)
    {
        if (leadWeekday is not { } story) return null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (DaysBefore(scan, m) is not { } days) continue;
            var first = e.Year > 0 ? e.Year : bound?.Year ?? today.Year - WeekdayCycle.Years;
            var last = e.Year > 0 ? e.Year : today.Year + 1;
            for (var year = first; year <= last; year++)
            {
                if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
                var day = new DateOnly(year, e.Month, e.Day).AddDays(-days);
                if (day > today || bound is { } b && day < b) continue;
                if (day.DayOfWeek == story) return day;
            }
        }
        return null;
    }

    /// <summary>
    /// "The report, published yesterday, a week before MPs debate the plans on March 10", "Nominations close today, two
    /// weeks before the March 21 vote": the day the story calls yesterday or today, measured back from a coming date, is
    /// that date moved back by the count, in the first year after the evidence (<paramref name="bound"/>) where it fits.
    /// </summary>
    public static DateOnly? FromNeighbourDay(DateScan scan, YearChoice years, DateOnly? bound)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (DaysBefore(scan, m) is not { } days || MeasuredNeighbourDay(scan, m) is not { } offset) continue;
            var back = days + offset; // "yesterday, a week before March 10" is March 3, so the story is March 4
            foreach (var year in e.Year > 0 ? new[] { e.Year } : years.Candidates())
            {
                if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
                var day = new DateOnly(year, e.Month, e.Day).AddDays(-back);
                if (years.NotAfterToday(day) is null || bound is { } b && day < b) continue;
                return day;
            }
        }
        return null;
    }

    // The offset of the "yesterday" (-1) or "today" (0) told before the count in the date's sentence ("published yesterday,
    // a week before …"), which is what the count measures; null when there is none.
    private static int? MeasuredNeighbourDay(DateScan scan, DateMention dated)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence != dated.Sentence || m.FirstToken >= dated.FirstToken) continue;
            if (m.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: -1 or 0, FromPrevious: false } e
                && !DateContext.IsInsideQuotation(scan, m) && !CountFromToday.IsBase(scan, m)) return e.Offset;
        }
        return null;
    }

    // "four weeks before the Nov. 3 midterm elections", "a day before June 30", "a week before MPs debate the plans on
    // March 10": an exact count right before "before", with the date in the clause "before" opens ("about", "nearly",
    // "less than" make it no count to date by).
    private static int? DaysBefore(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        var low = Math.Max(first + 2, m.FirstToken - MaxClauseGap);
        while (i >= low && !scan.IsWord(i, "before") && !scan.IsSymbol(i, ',') && !DateContext.IsClauseBreak(scan, i)) i--;
        if (i - 2 < first || !scan.IsWord(i, "before")) return null;
        if (DateMentionFinder.CountAt(scan, i - 2) is not { } count || count <= 0) return null;
        var unit = DateMentionFinder.UnitAt(scan, i - 1, plural: count != 1);
        var days = unit switch { RelativeUnit.Day => count, RelativeUnit.Week => 7 * count, _ => 0 };
        if (days is <= 0 or > MaxDays) return null;
        var q = i - 3;
        if (q >= first && DateWords.VagueAmountWords.Contains(scan.Text(q))) return null;
        return days;
    }
}
