namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "announced the closure today, November 3 … will host its final show on Saturday, November 27": a date written with its
/// weekday in the weeks around the story's own day pins the story's year, as it would alone (see YearChoice). A year told
/// as over may still be the story's ("complaints logged in 2020 and 2021" in a November 2021 story), so the first fit from
/// the year before a year-end bound.
/// </summary>
internal static class AnchorWeekdayYear
{
    private const int NearDays = 62; // about two months either side of the story's day

    /// <summary>The story's day (month and day given) in the first year that fits the weekday-dated day near it, or null.</summary>
    public static DateOnly? Find(DateScan scan, int month, int day, DateOnly bound, DateOnly today)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: 0, Month: > 0, Day: > 0, WeekdayStated: true } || DateContext.IsInsideQuotation(scan, m)) continue;
            var lowest = bound is { Month: 1, Day: 1 } ? bound.AddYears(-1) : bound;
            for (var year = lowest.Year; year <= lowest.Year + WeekdayCycle.Years; year++)
            {
                if (!DateMentionFinder.IsValid(year, month, day)) continue;
                var story = new DateOnly(year, month, day);
                if (story < lowest || story > today) continue;
                if (Near(story, e.Month, e.Day) is not { } near) break; // not a day of the story's weeks
                if (near.DayOfWeek == e.Weekday) return story;
            }
        }
        return null;
    }

    // The month and day in the year before, of or after the story's nearest to it, when within the near days.
    private static DateOnly? Near(DateOnly story, int month, int day)
    {
        for (var y = story.Year - 1; y <= story.Year + 1; y++)
            if (DateMentionFinder.IsValid(y, month, day) && new DateOnly(y, month, day) is var d && Math.Abs(d.DayNumber - story.DayNumber) <= NearDays)
                return d;
        return null;
    }
}
