namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The board voted Tuesday night … classes start Monday, Aug. 29": a past happening and a coming dated one bracket the
/// story, but the days between them are all possible, so the text fixes the story's month, not its day. The day is fixed
/// only when the window is one day ("voted on Tuesday … the public meeting is Thursday, April 20": Wednesday), or none
/// ("ordered an evacuation on Monday … would open shelters at noon Tuesday": Monday), or when the
/// narrative counts from its own day ("today", "yesterday", "tomorrow", "last night"). A story that places its news
/// "earlier this month" or on "last Friday" is told days after it, so it too gives only the month. Otherwise, without a coming dated
/// happening near the day, nothing brackets it, and the day after the latest happening stands (news follows its happening).
/// </summary>
internal static class StoryDayWindow
{
    private const int BracketDays = 42; // beyond six weeks, a coming date is a plan rather than this month's business

    /// <summary>Whether a coming dated happening (or a "this month") leaves more than <paramref name="day"/> open, and no
    /// "today" or "yesterday" narrows it.</summary>
    public static bool IsOpen(DateScan scan, DateOnly day)
    {
        if (TellsNeighbourDay(scan)) return false;
        var coming = ComingDay(scan, day);
        // "ordered an evacuation on Monday, Sept. 14 … would open shelters at noon Tuesday": no day lies between them either.
        if (coming == day.AddDays(1) && (TellsPastDay(scan, day.AddDays(-1)) || TellsPastDay(scan, day))) return false;
        // "The council met earlier this month, on Tuesday, October 5": a story that counts its happenings within its
        // month is told some days after them, on a day the text does not give.
        // "The storm struck last Friday, January 24": a story that puts its news in the week before is told days after it.
        return coming is not null || TellsThisMonth(scan) || TellsLastWeekday(scan);
    }

    // Whether the narrative says "today", "tonight", "yesterday", "tomorrow" or "last night".
    private static bool TellsNeighbourDay(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false }
                && !DateContext.IsInsideQuotation(scan, m)) return true;
        return false;
    }

    // Whether the narrative tells a past happening on "last Friday" (not a speaker's).
    private static bool TellsLastWeekday(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Shift: DateShift.Last } e && (e.Form == DateForm.Weekday || e is { Form: DateForm.Calendar, WeekdayStated: true })
                && !DateContext.IsInsideQuotation(scan, m)) return true;
        return false;
    }

    // Whether the narrative says "this month", "earlier this month" or "later this month".
    private static bool TellsThisMonth(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Month, Offset: 0, FromPrevious: false }
                && !DateContext.IsInsideQuotation(scan, m)) return true;
        return false;
    }

    // The earliest month-and-day after the story's day, within six weeks, that the narrative tells as coming
    // ("starting Oct. 23", "will vote on Thursday, Sept. 28"), or that a coming bare weekday names the next day of.
    private static DateOnly? ComingDay(DateScan scan, DateOnly day)
    {
        DateOnly? earliest = null;
        foreach (var m in scan.Mentions)
        {
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var e = m.Expression;
            if (e.Form == DateForm.Weekday && e.Shift == DateShift.None)
            {
                if (e.Weekday == day.AddDays(1).DayOfWeek && IsComing(scan, m)) earliest = Earlier(earliest, day.AddDays(1));
                continue;
            }
            if (!e.WeekdayStated && WeekdayNamedThing.DateOf(scan, m) is { } named) e = named;
            if (e is not { Form: DateForm.Calendar, YearRelative: false, Month: > 0, Day: > 0 } || !IsComing(scan, m)) continue;
            if (After(e, day) is { } d && d.DayNumber - day.DayNumber <= BracketDays) earliest = Earlier(earliest, d);
        }
        return earliest;
    }

    // A coming happening, not the end of a state that runs until then ("the strike is running until Friday 13 March"),
    // which brackets nothing: the story may be from any day of it.
    private static bool IsComing(DateScan scan, DateMention m) =>
        (ClauseTense.Of(scan, m).Tense == Tense.Future || AheadOfStory.Is(scan, m)) && !PublicationDateResolver.IsLimit(scan, m);

    // Whether the narrative tells the day as past: by its month and day, or by its weekday ("voted on Tuesday").
    private static bool TellsPastDay(DateScan scan, DateOnly day)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var isDay = e.Form == DateForm.Weekday && e.Shift == DateShift.None && e.Weekday == day.DayOfWeek
                || e is { Form: DateForm.Calendar, YearRelative: false } && e.Month == day.Month && e.Day == day.Day && (e.Year == 0 || e.Year == day.Year);
            if (isDay && ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true }) return true;
        }
        return false;
    }

    // The first such month and day after the story's day (in the year it states, if any).
    private static DateOnly? After(DateExpression e, DateOnly day)
    {
        for (var year = day.Year; year <= day.Year + 1; year++)
        {
            if (e.Year > 0 && e.Year != year || !DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var d = new DateOnly(year, e.Month, e.Day);
            if (d > day) return d;
        }
        return null;
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;
}
