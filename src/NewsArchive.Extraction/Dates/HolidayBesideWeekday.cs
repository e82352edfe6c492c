namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "a million people lined Woodward Avenue on Thursday morning for America's Thanksgiving Parade", "shares jumped 26% in
/// Frankfurt trading Monday. U.S. markets were closed for the Presidents Day holiday": a past weekday told in the
/// sentence of a moving holiday (dates-moving-holidays.txt) that always falls on that weekday, or in the sentence
/// before it, is the holiday. Its day is the one the evidence allows (see HolidayWeekday.MovingDay), and the story, which
/// tells that weekday as past, runs the next day (news never names its own day by weekday). A fixed-date holiday told in
/// the weekday's own sentence ("caught fire on Thursday night, sending thousands of Fourth of July spectators
/// scrambling") falls on that weekday only in some years, which pins the year as a weekday's date does (see YearChoice).
/// </summary>
internal static class HolidayBesideWeekday
{
    /// <summary>The story's day, or null when no narrative past weekday sits beside a moving holiday of its weekday.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, DateOnly? bound, DateOnly today, int? copyright)
    {
        // Without a year to go by (a stated one or a notice), the holiday's day would be a guess.
        if (bound is null && copyright is null) return null;
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true } || AheadOfStory.Is(scan, m)) continue;
            if (FixedIn(scan, m.Sentence) is { } fixedDay)
            {
                // "With St Patrick's Day falling on a Monday this year, … gatherings on Saturday and Sunday nights": the
                // narrative gives the holiday another weekday, so the one told beside it is not the holiday's.
                if (HolidayFallsOn.Find(scan) is { } falls && falls != e.Weekday) continue;
                if (years.Pin(DateExpression.Calendar(0, fixedDay.Month, fixedDay.Day) with { Weekday = e.Weekday, WeekdayStated = true }) is not { } pinned
                    || pinned.DayOfWeek != e.Weekday) return null;
                return pinned.AddDays(1) <= today ? pinned.AddDays(1) : null;
            }
            var rule = HolidayOfWeekday(scan, m.Sentence, e.Weekday);
            if (rule is null && m.Sentence + 2 < scan.SentenceStarts.Length) rule = HolidayOfWeekday(scan, m.Sentence + 1, e.Weekday);
            if (rule is null) continue;
            if (HolidayWeekday.MovingDay(rule, bound, today, copyright) is not { } holiday || holiday.DayOfWeek != e.Weekday) return null;
            var day = holiday.AddDays(1);
            return day <= today ? day : null;
        }
        return null;
    }

    // Words before a holiday that make it a limit or another time ("ahead of Thanksgiving", "since Memorial Day", "last
    // Labor Day", "this Easter").
    private static readonly string[] LimitsBefore = ["until", "before", "after", "since", "by", "till", "last", "next", "ahead", "this"];

    // The sentence's first fixed-date holiday outside quotation marks, unless a limit word stands before it.
    private static (int Month, int Day)? FixedIn(DateScan scan, int sentence) =>
        HolidayNames.NamedIn(scan, sentence, HolidayNames.Fixed, h => h.Name, LimitsBefore) is { } h ? (h.Month, h.Day) : null;

    // The rule of the sentence's first moving holiday outside quotation marks when its day is always the weekday (read
    // from any year's day: a moving holiday keeps its weekday), unless a limit word stands before it.
    private static string? HolidayOfWeekday(DateScan scan, int sentence, DayOfWeek weekday) =>
        HolidayNames.NamedIn(scan, sentence, HolidayNames.Moving, h => h.Name, LimitsBefore) is { } h
        && HolidayWeekday.DayIn(h.Rule, 2000) is { } sample && sample.DayOfWeek == weekday ? h.Rule : null;
}
