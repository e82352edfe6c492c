namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The warning comes three weeks after Ashcombe reported results on 26 February", "Today's vote comes two weeks to
/// the day after a marathon May 19 public hearing", "Thursday's hearing came exactly one year after … Oct. 15, 2025":
/// the story's happening is dated by its distance from a dated one, so the story's day is that date moved on. A span
/// counted back from a dated day ("deferred sentence for four weeks, until 10 November") dates it too (see
/// <see cref="DeferredUntil"/>).
/// </summary>
internal static class IntervalAnchor
{
    private const int MaxWordsToDate = 16;

    /// <summary>The story's day, or null when no sentence measures it from a date.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (Interval(scan, m) is not { } interval) continue;
            // "two days after … on Monday, January 19": a weekday written with the date pins its year.
            DateOnly? from = e.Year > 0
                ? DateMentionFinder.IsValid(e.Year, e.Month, e.Day) ? new DateOnly(e.Year, e.Month, e.Day) : null
                : e.WeekdayStated ? years.Pin(e) : years.Nearest(e.Month, e.Day, null);
            if (from is not { } d) continue;
            var happening = interval.Unit switch
            {
                RelativeUnit.Day => d.AddDays(interval.Count),
                RelativeUnit.Week => d.AddDays(7 * interval.Count),
                RelativeUnit.Month => d.AddMonths(interval.Count),
                _ => d.AddYears(interval.Count),
            };
            // "The figures came two days after …": a happening told as over is not the story's today, so the story
            // is the day after it ("The strike comes three weeks after …" is today's).
            return interval.Past && !TellsToday(scan) ? happening.AddDays(1) : happening;
        }
        return DeferredUntil.Find(scan, years);
    }

    // Whether the narrative says "today", "tonight" or "this morning" (the story then tells its own day's news).
    private static bool TellsToday(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression.IsToday && !DateContext.IsInsideQuotation(scan, m)) return true;
        return false;
    }

    // Reads back from the date to "comes/came [exactly] N units [to the day] after" in the same sentence, with no
    // other date and no clause break in between (the date is the one the interval is counted from).
    private static (int Count, RelativeUnit Unit, bool Past)? Interval(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var after = -1;
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxWordsToDate; i--)
        {
            if (scan.IsWord(i, "after")) { after = i; break; }
            if (scan.IsSymbol(i, ';') || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '—')) return null;
        }
        if (after < 0) return null;
        var i2 = after - 1;
        var toTheDay = i2 - 2 >= first && scan.IsWord(i2, "day") && scan.IsWord(i2 - 1, "the") && scan.IsWord(i2 - 2, "to");
        if (toTheDay) i2 -= 3;
        if (i2 - 1 < first) return null;
        // "exactly one year after" and "two weeks after" alike: the unit in either number.
        if ((DateMentionFinder.UnitAt(scan, i2, plural: true) ?? DateMentionFinder.UnitAt(scan, i2, plural: false)) is not { } unit) return null;
        var n = i2 - 1;
        if (DateMentionFinder.CountAt(scan, n) is not { } count) return null;
        if (count is <= 0 or > 60) return null;
        var verb = n - 1;
        var exactly = verb >= first && scan.IsWord(verb, "exactly");
        if (verb >= first && (exactly || scan.IsWord(verb, "just") || scan.IsWord(verb, "only"))) verb--;
        if (verb < first || !(scan.IsWord(verb, "comes") || scan.IsWord(verb, "came") || scan.IsWord(verb, "come"))) return null;
        // "The vote comes nine months after the April 12 storm" rounds to the month: only "exactly" or "to the day"
        // makes a count of months or years fix the day (the story's weekday then tells it).
        if (unit is RelativeUnit.Month or RelativeUnit.Year && !exactly && !toTheDay) return null;
        // The date counted from is the first after "after".
        foreach (var other in scan.Mentions)
            if (other.Sentence == m.Sentence && other.FirstToken > after && other.FirstToken < m.FirstToken) return null;
        return (count, unit, scan.IsWord(verb, "came"));
    }
}
