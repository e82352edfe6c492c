namespace NewsArchive.Extraction.Dates;

/// <summary>
/// The hard evidence a story's text gives against a publication day, read once per article from the mentions already
/// found: a day written with its weekday but not its year ("voted on Monday, March 30") is that weekday only in some
/// years, so a story day that puts it on another weekday is wrong ("on Saturday, August 17 last year": in the year before
/// the story's); a finished happening dated with its year ("closed on 9 August 2025", "moved in September 2022") lies on or
/// before the story's day (in or before its month or year), and a coming one ("takes effect July 1, 2026") after it. A
/// bound the text fixes is hard: a rule's day outside it is no answer.
/// </summary>
internal sealed class StoryDayCheck
{
    private readonly List<(int Month, int Day, DayOfWeek Weekday)> _weekdayDates = [];
    private readonly List<(int Offset, DayOfWeek Weekday, int Month, int Day)> _neighbourDays = [];
    private readonly List<(int Month, int Day, DayOfWeek Weekday, int YearOffset)> _yearWeekdayDates = [];
    private readonly DateOnly? _latestFinished;
    private readonly DateOnly? _earliestComing;

    /// <param name="scan">The article's date mentions.</param>
    /// <param name="coming">The earliest coming day the narrative dates with its year (see ComingDatedHappening), when it
    /// falls after the finished happenings (else one of the tenses was misread: "the first eclipse seen here since June
    /// 16, 1806, and no one alive will see another").</param>
    /// <param name="latestYear">The latest possible year of the story: a finished happening dated later was misread
    /// ("remains on schedule to open in fall 2027").</param>
    public StoryDayCheck(DateScan scan, DateOnly? coming, int latestYear = 9998)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
            if (NeighbourDay(scan, mentions[i], mentions[i + 1]) is { } told) _neighbourDays.Add(told);
        foreach (var m in mentions)
        {
            var e = m.Expression;
            if (e.Form != DateForm.Calendar || DateContext.IsInsideQuotation(scan, m) || DateContext.IsPageChrome(scan, m)) continue;
            // "on Saturday, August 17 last year": that weekday falls on the day in the year before the story's.
            if (e is { YearRelative: true, WeekdayStated: true, Month: > 0, Day: > 0 })
            {
                if (DateMentionFinder.IsValid(0, e.Month, e.Day)) _yearWeekdayDates.Add((e.Month, e.Day, e.Weekday, e.Offset));
                continue;
            }
            if (e.YearRelative) continue;
            if (e.Day == 0)
            {
                if (e.Year <= latestYear && FinishedFrom(scan, m) is { } from && (_latestFinished is null || from > _latestFinished)) _latestFinished = from;
                continue;
            }
            if (e.Month == 0) continue;
            if (e.Year == 0)
            {
                if (!e.WeekdayStated && NamesUsElection(scan, m)) e = e with { Weekday = DayOfWeek.Tuesday, WeekdayStated = true };
                if (!e.WeekdayStated || !DateMentionFinder.IsValid(0, e.Month, e.Day)) continue;
                _weekdayDates.Add((e.Month, e.Day, e.Weekday));
                continue;
            }
            if (!DateMentionFinder.IsValid(e.Year, e.Month, e.Day) || ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true }
                || DateContext.IsForecast(scan, m) || AheadOfStory.Is(scan, m) || IsLimit(scan, m)) continue;
            var day = new DateOnly(e.Year, e.Month, e.Day);
            if (_latestFinished is null || day > _latestFinished) _latestFinished = day;
        }
        // "With St Patrick's Day falling on a Monday this year": the holiday has that weekday in the story's year.
        if (HolidayFallsOn.FixedHoliday(scan) is var (holidayMonth, holidayDay, holidayWeekday)) _yearWeekdayDates.Add((holidayMonth, holidayDay, holidayWeekday, 0));
        _earliestComing = coming;
    }

    /// <summary>Whether the text's hard evidence rules <paramref name="day"/> out as the story's day.</summary>
    public bool Contradicts(DateOnly day)
    {
        if (_latestFinished is { } finished && finished > day || _earliestComing is { } coming && coming <= day) return true;
        foreach (var (offset, weekday, month, dayOfMonth) in _neighbourDays)
        {
            var told = day.AddDays(offset);
            if (told.DayOfWeek != weekday || month > 0 && (told.Month, told.Day) != (month, dayOfMonth)) return true;
        }
        foreach (var (month, dayOfMonth, weekday) in _weekdayDates)
            if (!Fits(month, dayOfMonth, weekday, day)) return true;
        foreach (var (month, dayOfMonth, weekday, offset) in _yearWeekdayDates)
            if (!FitsYear(day.Year + offset, month, dayOfMonth, weekday)) return true;
        return false;
    }

    /// <summary>
    /// The days the evidence leaves for a story whose first answer, <paramref name="rejected"/>, it ruled out: after the
    /// latest finished dated happening, before the earliest coming one, and within half a year of the nearest day, up to
    /// <paramref name="today"/>, on which each date written with its weekday falls on that weekday ("Friday, June 16" in
    /// a story first put in 2026 is a 2023 one). Null when nothing is left.
    /// </summary>
    public DateWindow? Window(DateOnly rejected, DateOnly today)
    {
        DateOnly? from = _latestFinished;
        DateOnly? to = _earliestComing?.AddDays(-1);
        foreach (var (month, dayOfMonth, weekday) in _weekdayDates)
        {
            if (Fits(month, dayOfMonth, weekday, rejected)) continue;
            if (NearestFit(month, dayOfMonth, weekday, rejected, today) is not { } fit) return null;
            from = DateWindow.Later(from, fit.AddDays(-HalfYear));
            to = DateWindow.Earlier(to, fit.AddDays(HalfYear));
        }
        foreach (var (month, dayOfMonth, weekday, offset) in _yearWeekdayDates)
        {
            if (FitsYear(rejected.Year + offset, month, dayOfMonth, weekday)) continue;
            if (NearestStoryYear(month, dayOfMonth, weekday, offset, rejected, today) is not { } year) return null;
            from = DateWindow.Later(from, new DateOnly(year, 1, 1));
            to = DateWindow.Earlier(to, new DateOnly(year, 12, 31));
        }
        return from is { } f && to is { } t && f > t ? null : new DateWindow(from, to);
    }

    /// <summary>
    /// The year to give when no rule finds a day the evidence leaves and a date written with its weekday ruled the first
    /// out: that of the nearest day on which it falls on that weekday; null when no such date ruled it out.
    /// </summary>
    public int? WeekdayYear(DateOnly rejected, DateOnly today)
    {
        foreach (var (month, dayOfMonth, weekday) in _weekdayDates)
            if (!Fits(month, dayOfMonth, weekday, rejected)) return NearestFit(month, dayOfMonth, weekday, rejected, today)?.Year;
        foreach (var (month, dayOfMonth, weekday, offset) in _yearWeekdayDates)
            if (!FitsYear(rejected.Year + offset, month, dayOfMonth, weekday)) return NearestStoryYear(month, dayOfMonth, weekday, offset, rejected, today);
        return null;
    }

    // "yesterday (Wednesday)", "today, Tuesday, March 3", "tomorrow (Thursday, May 2)": the story's neighbour day told by
    // its weekday (and date), joined to it by punctuation alone.
    private static (int, DayOfWeek, int, int)? NeighbourDay(DateScan scan, DateMention relative, DateMention told)
    {
        if (relative.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } r
            || told.Sentence != relative.Sentence || told.FirstToken - relative.LastToken is < 2 or > 3 || DateContext.IsInsideQuotation(scan, relative)) return null;
        for (var i = relative.LastToken + 1; i < told.FirstToken; i++)
            if (!scan.IsSymbol(i, '(') && !scan.IsSymbol(i, ',')) return null;
        // "a week today (Saturday 14 March)" counts to the date; "a year ago today (14 March 2025)" back from it.
        if (CountFromToday.IsBase(scan, relative) || YearsAgoToday.CountsBack(scan, relative)) return null;
        return told.Expression switch
        {
            { Form: DateForm.Weekday, Shift: DateShift.None } w => (r.Offset, w.Weekday, 0, 0),
            { Form: DateForm.Calendar, WeekdayStated: true, Year: 0, Month: > 0, Day: > 0 } c => (r.Offset, c.Weekday, c.Month, c.Day),
            _ => null,
        };
    }

    // "students moved to the new campus in September 2022", "the hall reopened in 2019": a finished happening dated by its
    // month or year alone puts the story in that month or year at the earliest (a story of later that month may tell it so).
    private static DateOnly? FinishedFrom(DateScan scan, DateMention m)
    {
        var e = m.Expression;
        if (e is not { Year: > 1 and < 9999, Month: >= 0 and <= 12 } || ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true }
            || DateContext.IsForecast(scan, m) || ForecastYear.Is(scan, m) || AheadOfStory.Is(scan, m) || IsLimit(scan, m)) return null;
        return new DateOnly(e.Year, Math.Max(e.Month, 1), 1);
    }

    private const int ElectionNounReach = 2; // "the Nov. 8 general election", "the Nov. 6 midterm elections"

    // "two weeks after the Nov. 5 election", "the tax on the Nov. 7 ballot": a US general election falls on the Tuesday
    // after the first Monday of November (2 to 8 November), so its date is written with a weekday as much as "Tuesday,
    // Nov. 5" is.
    private static bool NamesUsElection(DateScan scan, DateMention m)
    {
        if (m.Expression is not { Month: 11, Day: >= 2 and <= 8 }) return false;
        var (_, end) = scan.TokensOf(m.Sentence);
        for (var i = m.LastToken + 1; i < end && i <= m.LastToken + 1 + ElectionNounReach; i++)
        {
            if (scan.IsWord(i, "election") || scan.IsWord(i, "elections") || scan.IsWord(i, "ballot") || scan.IsWord(i, "midterms")) return true;
            if (!(scan.IsWord(i, "general") || scan.IsWord(i, "midterm") || scan.IsWord(i, "presidential") || scan.IsWord(i, "municipal"))) return false;
        }
        return false;
    }

    private const int LimitReach = 8; // "until 18:00 GMT on Friday 16 January 2026"

    // "has extended the warning until 18:00 GMT on Friday 16 January 2026", "must be repaid by March 1, 2025": a limit
    // a finished clause sets lies ahead of the story.
    private static bool IsLimit(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - LimitReach; i--)
        {
            if (scan.IsSymbol(i, ',') || scan.IsSymbol(i, ';')) return false;
            if (scan.IsWord(i, "until") || scan.IsWord(i, "till") || scan.IsWord(i, "through") || scan.IsWord(i, "by")
                || scan.IsWord(i, "before")) return true;
        }
        return false;
    }

    private const int HalfYear = 183; // news writes a date with its weekday when it is near the story

    // Whether the last day before the story with that month and day, or the next one within half a year, is that weekday:
    // news writes a coming day with its weekday and without its year only when it is near ("will open on Monday, Sept.
    // 1"); a court report may date the offence of months before so ("at about 11pm on Saturday, March 8").
    private static bool Fits(int month, int day, DayOfWeek weekday, DateOnly story) =>
        Latest(month, day, story).DayOfWeek == weekday
        || Earliest(month, day, story) is var after && after.DayOfWeek == weekday && after.DayNumber - story.DayNumber <= HalfYear;

    // The day of that month and day, on that weekday, nearest the rejected story day and not after today.
    private static DateOnly? NearestFit(int month, int day, DayOfWeek weekday, DateOnly rejected, DateOnly today)
    {
        for (var distance = 0; distance <= WeekdayCycle.Years; distance++)
            foreach (var year in (ReadOnlySpan<int>)[rejected.Year - distance, rejected.Year + distance])
                if (DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day) is var d && d <= today && d.DayOfWeek == weekday)
                    return d;
        return null;
    }

    private static bool FitsYear(int year, int month, int day, DayOfWeek weekday) =>
        DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day).DayOfWeek == weekday;

    // The story's year nearest the rejected one, up to today's, in which the date "last year" (or "next year") falls on its weekday.
    private static int? NearestStoryYear(int month, int day, DayOfWeek weekday, int offset, DateOnly rejected, DateOnly today)
    {
        for (var distance = 0; distance <= WeekdayCycle.Years; distance++)
            foreach (var year in (ReadOnlySpan<int>)[rejected.Year - distance, rejected.Year + distance])
                if (year <= today.Year && FitsYear(year + offset, month, day, weekday)) return year;
        return null;
    }

    // The latest (month, day) on or before the story's day (29 February falls back to the last leap year).
    private static DateOnly Latest(int month, int day, DateOnly story)
    {
        for (var year = story.Year; ; year--)
            if (DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day) is var d && d <= story) return d;
    }

    private static DateOnly Earliest(int month, int day, DateOnly story)
    {
        for (var year = story.Year; ; year++)
            if (DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day) is var d && d >= story) return d;
    }
}
