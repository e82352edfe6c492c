namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Millions of Americans hit the road today, the day before Thanksgiving" is a limit, but "crowds lined the route
/// today for the Thanksgiving Day parade" and "Memorial Day ceremonies were held across the state yesterday" tell a
/// holiday whose date moves (dates-moving-holidays.txt) as the story's today, tomorrow or yesterday: its day in the
/// year the evidence allows (the copyright year, else the first after the finished happenings) dates the story.
/// </summary>
internal static class MovingHolidayToday
{
    /// <summary>The story's day, or null when no narrative sentence ties a moving holiday to its today.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly? bound, DateOnly today, int? copyright)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } e
                || DateContext.IsInsideQuotation(scan, m) || HolidayIn(scan, m.Sentence) is not { } rule) continue;
            // Without a year to go by (a stated one or a notice), the holiday's day would be a guess.
            if (bound is null && copyright is null) return null;
            if (HolidayWeekday.MovingDay(rule, bound, today.AddDays(Math.Max(0, e.Offset)), copyright) is not { } holiday) return null;
            // "Schools were closed today after a storm that arrived on the Martin Luther King Jr. holiday. Snow began
            // falling Monday …": a past weekday that is the holiday's own, told in its sentence or the next, makes the
            // holiday that day, and the story the next.
            var day = e.Offset == 0 && PastWeekdayIn(scan, m.Sentence, holiday.DayOfWeek) ? holiday.AddDays(1) : holiday.AddDays(-e.Offset);
            return day <= today ? day : null;
        }
        return null;
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

    // Words before a holiday that make it a limit or another time ("until Labor Day", "ahead of Thanksgiving", "since
    // Easter", "last Memorial Day").
    private static readonly string[] LimitsBefore = ["until", "before", "after", "since", "by", "till", "last", "next", "of", "ahead"];

    // The rule of the sentence's first moving holiday outside quotation marks, unless a limit word stands before it.
    private static string? HolidayIn(DateScan scan, int sentence) =>
        HolidayNames.NamedIn(scan, sentence, HolidayNames.Moving, h => h.Name, LimitsBefore)?.Rule;
}
