using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Millions of Americans hit the road ahead of Thanksgiving" is a limit, but "crowds lined the route
/// today for the Thanksgiving Day parade" and "Memorial Day ceremonies were held across the state yesterday" tell a
/// holiday whose date moves (dates-moving-holidays.txt) as the story's today, tomorrow or yesterday: its day in the
/// year the evidence allows (the copyright year, else the first after the finished happenings) dates the story. So does
/// "Today, the day before Thanksgiving, is the busiest day of the year at the airport": a day told as the holiday's eve
/// or morrow.
/// </summary>
internal static class MovingHolidayToday
{
    /// <summary>The story's day, or null when no narrative sentence ties a moving holiday to its today.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly? bound, DateOnly today, int? copyright)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } e
                || DateContext.IsInsideQuotation(scan, m)) continue;
            // "Today, the day before Thanksgiving, is the busiest day": the day is named by its neighbour holiday.
            if (NeighbourOfHoliday(scan, m) is var (neighbourRule, step))
            {
                if (bound is null && copyright is null) return null;
                // The story is the holiday moved by the step and back by the offset, so the holiday is that far before today
                // at the latest ("yesterday, the day after Memorial Day": two days before).
                return DayFitting(scan, neighbourRule, bound, today.AddDays(e.Offset - step), copyright) is { } next ? next.AddDays(step - e.Offset) : null;
            }
            if (HolidayIn(scan, m.Sentence) is not { } rule) continue;
            // Without a year to go by (a stated one or a notice), the holiday's day would be a guess.
            if (bound is null && copyright is null) return null;
            if (DayFitting(scan, rule, bound, today.AddDays(Math.Max(0, e.Offset)), copyright) is not { } holiday) return null;
            // "Schools were closed today after a storm that arrived on the Martin Luther King Jr. holiday. Snow began
            // falling Monday …": a past weekday that is the holiday's own, told in its sentence or the next, makes the
            // holiday that day, and the story the next.
            var day = e.Offset == 0 && PastWeekdayIn(scan, m.Sentence, holiday.DayOfWeek) ? holiday.AddDays(1) : holiday.AddDays(-e.Offset);
            return day <= today ? day : null;
        }
        return null;
    }

    private const int NearDays = 60; // "Today, the day before Thanksgiving … the return rush peaks Sunday, Dec. 1"

    // The holiday's day in the year the evidence allows (see HolidayWeekday.MovingDay), unless the narrative writes a date
    // near it with its weekday ("Sunday, Dec. 1"): then the first year after the finished happenings in which each such
    // date falls on its weekday, as a weekday beside a date is hard evidence. A copyright notice's year outranks that.
    private static DateOnly? DayFitting(DateScan scan, string rule, DateOnly? bound, DateOnly limit, int? copyright)
    {
        var chosen = HolidayWeekday.MovingDay(rule, bound, limit, copyright);
        // Without a notice the callers have a bound (see Find).
        if (copyright is not null || bound is not { } b || chosen is not { } day || WeekdaysFit(scan, day)) return chosen;
        for (var year = b.Year; year <= limit.Year; year++)
            if (HolidayWeekday.DayIn(rule, year) is { } d && d >= b && d <= limit && WeekdaysFit(scan, d)) return d;
        return chosen;
    }

    // Whether every narrative date written with its weekday and without a year, within some weeks of the day, falls on
    // its weekday in the year that puts it nearest the day.
    private static bool WeekdaysFit(DateScan scan, DateOnly day)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Calendar, WeekdayStated: true, Year: 0, Month: > 0, Day: > 0 } e
                || DateContext.IsInsideQuotation(scan, m)) continue;
            DateOnly? nearest = null;
            for (var year = day.Year - 1; year <= day.Year + 1; year++)
            {
                if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
                var d = new DateOnly(year, e.Month, e.Day);
                if (nearest is not { } n || Math.Abs(d.DayNumber - day.DayNumber) < Math.Abs(n.DayNumber - day.DayNumber)) nearest = d;
            }
            if (nearest is { } near && Math.Abs(near.DayNumber - day.DayNumber) <= NearDays && near.DayOfWeek != e.Weekday) return false;
        }
        return true;
    }

    // Whether the sentence or the next tells the weekday bare in a finished clause ("began falling Monday").
    private static bool PastWeekdayIn(DateScan scan, int sentence, DayOfWeek weekday)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence < sentence || m.Sentence > sentence + 1 || m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e || e.Weekday != weekday) continue;
            if (ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true } && !AheadOfStory.Is(scan, m)) return true;
        }
        return false;
    }

    // "today, the day before Thanksgiving", "yesterday, the day after Memorial Day": a today, yesterday or tomorrow told
    // in apposition as the day before or after a moving holiday; the holiday's rule and the step from it (-1 or 1).
    private static (string Rule, int Step)? NeighbourOfHoliday(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var i = m.LastToken + 1;
        if (i + 4 >= end || !scan.IsSymbol(i, ',') || !scan.IsWord(i + 1, "the") || !scan.IsWord(i + 2, "day")) return null;
        var step = scan.IsWord(i + 3, "before") ? -1 : scan.IsWord(i + 3, "after") ? 1 : 0;
        if (step == 0 || scan.Tokens[i + 4].Kind != TokenKind.Word || !char.IsUpper(scan.Body[scan.Tokens[i + 4].Start])) return null;
        foreach (var h in HolidayNames.Moving)
            if (HolidayNames.MatchedLength(scan.Body, scan.Tokens[i + 4].Start, h.Name) > 0) return (h.Rule, step);
        return null;
    }

    // Words before a holiday that make it a limit or another time ("until Labor Day", "ahead of Thanksgiving", "since
    // Easter", "last Memorial Day").
    private static readonly string[] LimitsBefore = ["until", "before", "after", "since", "by", "till", "last", "next", "of", "ahead"];

    // The rule of the sentence's first moving holiday outside quotation marks, unless a limit word stands before it.
    private static string? HolidayIn(DateScan scan, int sentence) =>
        HolidayNames.NamedIn(scan, sentence, HolidayNames.Moving, h => h.Name, LimitsBefore)?.Rule;
}
