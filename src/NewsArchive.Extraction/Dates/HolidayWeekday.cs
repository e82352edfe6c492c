using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "tore through the foothills late Tuesday, the Fourth of July", "shut down from Friday night through Monday's Martin
/// Luther King Jr. Day holiday": a past weekday told as a holiday names that holiday's day. A fixed-date holiday
/// (Lexicon/Data/dates-fixed-holidays.txt) falls on the weekday only in some years, which pins the year; a moving one
/// (dates-moving-holidays.txt) has its day in the year the evidence allows. News of a happening late in the day
/// ("late Tuesday", "by Monday night") runs the next day.
/// </summary>
internal static class HolidayWeekday
{

    /// <summary>The story's day, or null when no narrative past weekday is told as a holiday.</summary>
    /// <param name="scan">The article's date mentions.</param>
    /// <param name="years">Picks the year of a fixed-date holiday on its weekday.</param>
    /// <param name="bound">The first day by which every past happening with a stated year is over, if any.</param>
    /// <param name="today">The latest possible publication day.</param>
    /// <param name="copyright">The page's copyright year, if any: the moving holiday's year.</param>
    public static DateOnly? Find(DateScan scan, YearChoice years, DateOnly? bound, DateOnly today, int? copyright)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e || DateContext.IsInsideQuotation(scan, m)) continue;
            if (HolidayAfter(scan, m) is not { } holiday || !ToldAsPast(scan, e.Weekday)) continue;
            DateOnly? day = holiday.Month > 0
                ? years.Pin(DateExpression.Calendar(0, holiday.Month, holiday.Day) with { Weekday = e.Weekday, WeekdayStated = true })
                : MovingDay(holiday.Rule!, bound, today, copyright);
            if (day is not { } d || d.DayOfWeek != e.Weekday) continue;
            return TellsLateOn(scan, e.Weekday) && d.AddDays(1) <= today ? d.AddDays(1) : d;
        }
        return null;
    }

    /// <summary>The fixed-date holiday named right after the weekday ("Thursday's Fourth of July holiday"), or null.</summary>
    internal static (int Month, int Day)? FixedAfter(DateScan scan, DateMention m) =>
        HolidayAfter(scan, m) is { Month: > 0 } h ? (h.Month, h.Day) : null;

    // The holiday named right after the weekday: "Tuesday, the Fourth of July", "Monday's Memorial Day", "Monday, Labor Day".
    private static (int Month, int Day, string? Rule)? HolidayAfter(DateScan scan, DateMention m)
    {
        var body = scan.Body;
        var i = m.Span.End;
        if (i < body.Length && (body[i] == '\'' || body[i] == '’') && i + 1 < body.Length && body[i + 1] == 's') i += 2;
        else if (i < body.Length && body[i] == ',') i++;
        while (i < body.Length && body[i] == ' ') i++;
        if (i + 4 < body.Length && string.Compare(body, i, "the ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0) i += 4;
        if (i >= body.Length || !char.IsUpper(body[i])) return null;
        foreach (var h in HolidayNames.Fixed)
            if (HolidayNames.Matches(body, i, h.Name)) return (h.Month, h.Day, null);
        foreach (var h in HolidayNames.Moving)
            if (HolidayNames.Matches(body, i, h.Name)) return (0, 0, h.Rule);
        return null;
    }

    // The moving holiday's day: in the copyright year, else the first year on or after the finished happenings, else the
    // latest up to today.
    internal static DateOnly? MovingDay(string rule, DateOnly? bound, DateOnly today, int? copyright)
    {
        if (copyright is { } c && DayIn(rule, Math.Min(c, today.Year)) is { } noticed && noticed <= today) return noticed;
        if (bound is { } b)
        {
            for (var year = b.Year; year <= today.Year; year++)
                if (DayIn(rule, year) is { } d && d >= b && d <= today) return d;
        }
        for (var year = today.Year; year > today.Year - WeekdayCycle.Years; year--)
            if (DayIn(rule, year) is { } d && d <= today) return d;
        return null;
    }

    /// <summary>
    /// The day a moving-holiday rule ("01-Monday-3", "Easter-2", "11-Thursday-4+1": the day after the fourth Thursday of
    /// November, Black Friday) gives in <paramref name="year"/>.
    /// </summary>
    internal static DateOnly? DayIn(string rule, int year)
    {
        if (year is < 1583 or > 9998) return null;
        if (rule.StartsWith("Easter", StringComparison.Ordinal)) return EasterSunday(year).AddDays(int.Parse(rule[6..]));
        var parts = rule.Split('-');
        var month = int.Parse(parts[0]);
        var weekday = Enum.Parse<DayOfWeek>(parts[1]);
        var plus = parts[2].IndexOf('+');
        var shift = plus < 0 ? 0 : int.Parse(parts[2][(plus + 1)..]);
        var nth = plus < 0 ? parts[2] : parts[2][..plus];
        if (nth == "last")
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(shift - (((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (int.Parse(nth) - 1) + shift);
    }

    // Easter Sunday in the Gregorian calendar (the anonymous algorithm).
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    // Whether the narrative tells a happening on the weekday in the past ("through Monday's holiday" ends a span whose
    // clause may read as still running; "Trains were back running by Monday night" says it is over).
    private static bool ToldAsPast(DateScan scan, DayOfWeek weekday)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e || e.Weekday != weekday
                || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true }) return true;
        }
        return false;
    }

    // "late Tuesday", "Tuesday night", "by Monday night" in the narrative: the happening ran into the night.
    internal static bool TellsLateOn(DateScan scan, DayOfWeek weekday)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e || e.Weekday != weekday
                || DateContext.IsInsideQuotation(scan, m)) continue;
            var (first, end) = scan.TokensOf(m.Sentence);
            if (m.FirstToken - 1 >= first && scan.IsWord(m.FirstToken - 1, "late")) return true;
            for (var i = m.FirstToken; i <= m.LastToken + 1 && i < end; i++)
                if (scan.IsWord(i, "night") || scan.IsWord(i, "evening")) return true;
        }
        return false;
    }
}
