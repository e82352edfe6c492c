namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Resolves a date as written against a reference date (usually the publication date). A month or day
/// without a year is the latest such date on or before the reference when the clause tells of the past,
/// and the earliest on or after it when it tells of the future; "last"/"next" make that strictly before/after.
/// </summary>
internal static class DateResolver
{
    private const int YearsToSearch = 8; // enough to reach a 29 February

    public static PartialDate? Resolve(DateExpression expression, DateOnly reference, Tense tense) =>
        expression.HasYear || reference.Year is > 1 and < 9990 ? ResolveWithinCalendar(expression, reference, tense) : null;

    // References at the ends of the calendar (a mistyped --published 0001-01-01) cannot be moved from.
    private static PartialDate? ResolveWithinCalendar(DateExpression expression, DateOnly reference, Tense tense) => expression.Form switch
    {
        DateForm.Calendar => Calendar(expression, reference, tense),
        DateForm.Weekday => Weekday(expression, reference, tense),
        _ => Relative(expression, reference),
    };

    private static PartialDate? Calendar(DateExpression e, DateOnly reference, Tense tense)
    {
        // "in May of last year": the year comes from the reference, the rest is as stated.
        if (e.YearRelative) e = e with { Year = reference.Year + e.Offset, YearRelative = false, Offset = 0 };
        if (e.Year > 0)
        {
            if (e.Month == 0) return PartialDate.OfYear(e.Year);
            if (e.Day == 0) return PartialDate.OfMonth(e.Year, e.Month);
            return DateMentionFinder.IsValid(e.Year, e.Month, e.Day) ? PartialDate.OfDay(new DateOnly(e.Year, e.Month, e.Day)) : null;
        }
        if (e.Month == 0) return null;
        var forward = e.Shift == DateShift.Next || e.Shift != DateShift.Last && tense == Tense.Future;
        var strict = e.Shift is DateShift.Last or DateShift.Next;

        if (e.Day == 0)
        {
            if (e.Shift == DateShift.This) return PartialDate.OfMonth(reference.Year, e.Month);
            var refMonth = reference.Year * 12 + reference.Month - 1;
            var sameYear = reference.Year * 12 + e.Month - 1;
            int chosen;
            if (forward) chosen = sameYear > refMonth || sameYear == refMonth && !strict ? sameYear : sameYear + 12;
            else chosen = sameYear < refMonth || sameYear == refMonth && !strict ? sameYear : sameYear - 12;
            return PartialDate.OfMonth(chosen / 12, chosen % 12 + 1);
        }

        // "a meeting on Tuesday 22 September": the weekday says which year, the nearest in which that day is a Tuesday,
        // whatever the clause's tense ("had organised a meeting on …" may tell of a coming one).
        if (e.WeekdayStated && WeekdayYear(e, reference) is { } pinned) return PartialDate.OfDay(pinned);

        for (var k = 0; k <= YearsToSearch; k++)
        {
            var year = forward ? reference.Year + k : reference.Year - k;
            if (year < 1 || year > 9999 || !DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            var fits = forward ? (strict ? day > reference : day >= reference) : (strict ? day < reference : day <= reference);
            if (fits) return PartialDate.OfDay(day);
        }
        return null;
    }

    // Within a year either side of the reference only: further off, the weekday more likely misread than the year.
    private static DateOnly? WeekdayYear(DateExpression e, DateOnly reference)
    {
        DateOnly? nearest = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (day.DayOfWeek != e.Weekday) continue;
            if (nearest is null || Math.Abs(day.DayNumber - reference.DayNumber) < Math.Abs(nearest.Value.DayNumber - reference.DayNumber)) nearest = day;
        }
        return nearest;
    }

    private static PartialDate Weekday(DateExpression e, DateOnly reference, Tense tense)
    {
        // "will be asked next Thursday" on a Wednesday is the Thursday of next week, not tomorrow: "next" names the
        // week after this one (Monday to Sunday).
        if (e.Shift == DateShift.Next) return PartialDate.OfDay(MondayOf(reference).AddDays(7 + ((int)e.Weekday + 6) % 7));
        var forward = e.Shift == DateShift.Next || e.Shift != DateShift.Last && tense == Tense.Future;
        var strict = e.Shift is DateShift.Last or DateShift.Next;
        var delta = forward
            ? ((int)e.Weekday - (int)reference.DayOfWeek + 7) % 7
            : ((int)reference.DayOfWeek - (int)e.Weekday + 7) % 7;
        if (strict && delta == 0) delta = 7;
        return PartialDate.OfDay(reference.AddDays(forward ? delta : -delta));
    }

    private static PartialDate Relative(DateExpression e, DateOnly reference) => e.Unit switch
    {
        RelativeUnit.Day => PartialDate.OfDay(reference.AddDays(e.Offset)),
        // A week is dated by its Monday ("last week" in a Thursday paper is the Monday ten days before).
        RelativeUnit.Week => PartialDate.OfDay(MondayOf(reference).AddDays(7 * e.Offset)),
        RelativeUnit.Month => MonthOf(reference.AddMonths(e.Offset)),
        _ => PartialDate.OfYear(reference.Year + e.Offset),
    };

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static PartialDate MonthOf(DateOnly day) => PartialDate.OfMonth(day.Year, day.Month);
}
