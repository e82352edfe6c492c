namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Since March 1, officials have confirmed 58 new cases … died earlier this month … clinics on March 22": when nothing
/// fixes the story's day, a narrative "this month", or a coming day in the same month as the latest past one, fixes its
/// month: the month of the latest past month-and-day the narrative tells (news follows its latest dated happening).
/// The answer is that month, not a guessed day; the events are read against the day after that happening.
/// </summary>
internal static class StoryMonth
{
    /// <summary>The story's month and the day its events are read against, or null when the text does not fix the month.</summary>
    /// <param name="scan">The article's date mentions.</param>
    /// <param name="bound">The first day by which every past happening with a stated year is over, if any.</param>
    /// <param name="today">The latest possible publication day.</param>
    /// <param name="copyright">The page's copyright year, if any.</param>
    public static (PartialDate Month, DateOnly EventsDay)? Find(DateScan scan, DateOnly? bound, DateOnly today, int? copyright)
    {
        var thisMonth = false;
        (int Month, int Day)? past = null, coming = null;
        foreach (var m in scan.Mentions)
        {
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var e = m.Expression;
            if (e is { Form: DateForm.Relative, Unit: RelativeUnit.Month, Offset: 0, FromPrevious: false })
            {
                thisMonth = true;
                continue;
            }
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0 }) continue;
            var reading = ClauseTense.Of(scan, m);
            if (!reading.HasVerb) continue;
            // "said the district would release the boundaries by Feb. 10": a deadline is no happening the story follows.
            if (reading.Tense == Tense.Past && !IsDeadline(scan, m))
            {
                if (past is null || (e.Month, e.Day).CompareTo(past.Value) > 0) past = (e.Month, e.Day);
            }
            else if (reading.Tense == Tense.Future && (coming is null || (e.Month, e.Day).CompareTo(coming.Value) < 0)) coming = (e.Month, e.Day);
        }
        if (past is not { } p) return null;
        // A coming day before the latest past one crosses a year end, or misreads a tense: nothing certain.
        if (coming is { } c && c.CompareTo(p) <= 0) return null;
        if (!thisMonth && coming?.Month != p.Month) return null;
        if (YearOf(p, bound, today, copyright) is not { } year) return null;
        var happening = new DateOnly(year, p.Month, p.Day);
        var eventsDay = happening.AddDays(1);
        if (eventsDay.Month != p.Month || coming is { } c2 && (c2.Month, c2.Day).CompareTo((eventsDay.Month, eventsDay.Day)) <= 0 || eventsDay > today)
            eventsDay = happening;
        return (PartialDate.OfMonth(year, p.Month), eventsDay);
    }

    private static bool IsDeadline(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        return i >= first && (scan.IsWord(i, "by") || scan.IsWord(i, "until") || scan.IsWord(i, "through") || scan.IsWord(i, "before"));
    }

    // The copyright year, else the first year from the finished happenings on in which the day has passed by today.
    private static int? YearOf((int Month, int Day) day, DateOnly? bound, DateOnly today, int? copyright)
    {
        if (copyright is { } c)
        {
            var y = Math.Min(c, today.Year);
            return DateMentionFinder.IsValid(y, day.Month, day.Day) && new DateOnly(y, day.Month, day.Day) <= today ? y : null;
        }
        // Without a stated year to go by, the year would be a guess: no answer, as before.
        if (bound is not { } b) return null;
        for (var y = b.Year; y <= today.Year; y++)
            if (DateMentionFinder.IsValid(y, day.Month, day.Day) && new DateOnly(y, day.Month, day.Day) is var d && d >= b && d <= today) return y;
        return null;
    }
}
