namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The board voted Wednesday, Oct. 18, to close the school", "was jailed at the same court on Wednesday (March 20)", a
/// lead's "was convicted Wednesday": the happening a story is dated to, named by its weekday (with its date, or bare as
/// the first weekday the story tells, its news), is not the story's own day (news calls its own day "today"), so the
/// story ran the day after it, unless it also tells that next day as past or as coming ("braced for stronger winds on
/// Saturday", "lows of minus 8 by Wednesday, Nov. 18"); a "today" beside it is the next day's ("voted on Thursday,
/// Oct. 8, … the keys were handed over today"). A later bare weekday deeper in the story ("met on
/// Monday morning" after a Sunday walkout) may be the story's day, as the corpus reads it.
/// </summary>
internal static class DayAfterNamedWeekday
{
    /// <summary>The day after <paramref name="day"/> when the narrative names that day's weekday as past, else the day.</summary>
    public static DateOnly Of(DateScan scan, DateOnly day, DateOnly today)
    {
        var next = day.AddDays(1);
        if (day >= today || !TellsPast(scan, day.DayOfWeek, firstOnly: true) || TellsPast(scan, next.DayOfWeek, firstOnly: false)
            || TellsAhead(scan, next)) return day;
        return next;
    }

    // Whether the narrative tells the day as still to come, by its weekday or its month and day, in any clause but a
    // finished one.
    private static bool TellsAhead(DateScan scan, DateOnly day)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            var names = e is { Form: DateForm.Weekday, Shift: DateShift.None } ? e.Weekday == day.DayOfWeek
                : e is { Form: DateForm.Calendar, Month: > 0, Day: > 0 } && e.Month == day.Month && e.Day == day.Day
                  && (e.Year == 0 || e.Year == day.Year);
            if (!names || DateContext.IsInsideQuotation(scan, m)) continue;
            if (AheadOfStory.Is(scan, m) || LaterThisWeek.Is(scan, m) || ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true }) return true;
        }
        return false;
    }

    // Whether the narrative tells the weekday, written with its date or bare (then only as the first past weekday told,
    // when <paramref name="firstOnly"/>), in a finished clause ("was convicted Wednesday", "voted on Wednesday, Oct. 18").
    private static bool TellsPast(DateScan scan, DayOfWeek weekday, bool firstOnly)
    {
        var seen = false; // a past weekday told before, bare or dated
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            var bare = e is { Form: DateForm.Weekday, Shift: DateShift.None };
            if (!bare && e is not { Form: DateForm.Calendar, WeekdayStated: true, Shift: DateShift.None } || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true } || AheadOfStory.Is(scan, m) || LaterThisWeek.Is(scan, m)) continue;
            if (e.Weekday == weekday && !(bare && firstOnly && seen)) return true;
            seen = true;
        }
        return false;
    }
}
