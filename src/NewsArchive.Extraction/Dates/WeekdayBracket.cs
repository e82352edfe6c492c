namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The committee voted on Tuesday … the full board meets Thursday": the weekdays a story tells as past and as coming
/// bracket its own day (Wednesday), and the nearest coming happening it dates ("the May 20 meeting next week", "before
/// the hearing on April 24") fixes which week. One reading for every such story, rather than a rule per phrase.
/// </summary>
internal static class WeekdayBracket
{
    private const int WeekDays = 7;
    private const int RecentDays = 120;
    private const int YearDays = 400; // the widest window, a year and a little, that still fixes the story's year
    private const int FarDays = 14; // "will publish results on November 19" two months on is a plan, not this week's business
    private const int NextWeekReach = 4; // "the May 20 meeting next week": tokens from the date to "next week"

    /// <summary>
    /// The story's weekday: the day that puts every past weekday told before it and every coming one after it within
    /// the shortest stretch, no longer than a week ("voted Saturday … acted on Tuesday … listens Thursday" is a
    /// Wednesday); null without both kinds, or when two days fit equally ("met Monday … votes Thursday" leaves Tuesday
    /// and Wednesday alike).
    /// </summary>
    public static DayOfWeek? StoryWeekday(DateScan scan) => Read(scan).Story;

    /// <summary>
    /// "The budget was presented Tuesday, a week after the Feb. 26 plan … the board holds its hearing Thursday": a day
    /// found for a past weekday of the bracket is the news, not the story, which is the bracket's day after it.
    /// </summary>
    public static DateOnly StoryAfter(DateScan scan, DateOnly happening, DateOnly today)
    {
        var (story, past) = Read(scan);
        if (story is not { } w || (past & (1 << (int)happening.DayOfWeek)) == 0) return happening;
        var day = happening.AddDays(((int)w - (int)happening.DayOfWeek + WeekDays) % WeekDays);
        return day <= today ? day : happening;
    }

    private static (DayOfWeek? Story, int Past) Read(DateScan scan)
    {
        int past = 0, coming = 0; // weekdays as bits
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e || DateContext.IsInsideQuotation(scan, m)
                || DateContext.IsPossessiveWeekday(scan, m) || DateContext.IsSpanOrPeriodEnd(scan, m)) continue;
            var r = ClauseTense.Of(scan, m);
            if (AheadOfStory.Is(scan, m) || r is { Tense: Tense.Future, HasVerb: true }) coming |= 1 << (int)e.Weekday;
            else if (r is { Tense: Tense.Past, HasVerb: true }) past |= 1 << (int)e.Weekday;
        }
        if (past == 0 || coming == 0 || (past & coming) != 0) return (null, past);
        DayOfWeek? best = null;
        var bestSpan = int.MaxValue;
        var tie = false;
        for (var s = 0; s < WeekDays; s++)
        {
            if (((past | coming) & (1 << s)) != 0) continue;
            int back = 0, ahead = 0;
            for (var w = 0; w < WeekDays; w++)
            {
                if ((past & (1 << w)) != 0) back = Math.Max(back, (s - w + WeekDays) % WeekDays);
                if ((coming & (1 << w)) != 0) ahead = Math.Max(ahead, (w - s + WeekDays) % WeekDays);
            }
            var span = back + ahead;
            if (span > WeekDays) continue;
            if (span < bestSpan) (best, bestSpan, tie) = ((DayOfWeek)s, span, false);
            else if (span == bestSpan) tie = true;
        }
        return (tie ? null : best, past);
    }

    /// <summary>
    /// The story's day: the bracket's weekday in the week the earliest coming month-and-day allows. A date in "next
    /// week" lies in the week after the story's (weeks run Monday to Sunday); otherwise news names the days of the
    /// coming week by weekday and later ones by date (AP style), so the last such weekday at least a week before it.
    /// It falls after the latest past month-and-day, in the first year that fits (see YearChoice.Candidates).
    /// </summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, DateOnly? bound, DateOnly today)
    {
        if (StoryWeekday(scan) is not { } w) return null;
        (int Month, int Day)? past = null, coming = null;
        var nextWeek = false;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0, WeekdayStated: false }
                || DateContext.IsInsideQuotation(scan, m) || DateContext.IsSpanOrPeriodEnd(scan, m)
                || PublicationDateResolver.IsLimit(scan, m)) continue; // "adjourned sentencing until 19 September", "close by June 15"
            var reading = ClauseTense.Of(scan, m);
            var inNextWeek = InNextWeek(scan, m);
            if (reading is { Tense: Tense.Past, HasVerb: true } && !inNextWeek)
            {
                if (past is null || (e.Month, e.Day).CompareTo(past.Value) > 0) past = (e.Month, e.Day);
            }
            else if ((reading is { Tense: Tense.Future, HasVerb: true } || inNextWeek) && (coming is null || (e.Month, e.Day).CompareTo(coming.Value) < 0))
            {
                coming = (e.Month, e.Day);
                nextWeek = inNextWeek;
            }
        }
        if (coming is not { } c) return null;
        // Every year fits a weekday and a month-and-day alike, so only a window the evidence keeps within about a year
        // ("two months after the February freeze" with the coming date) dates the story: a bound years back leaves the
        // year a guess, and a wrong year moves every "on Tuesday" in the story.
        if (bound is not { } low) return null;
        var wide = today.DayNumber - low.DayNumber > YearDays;
        foreach (var year in years.Candidates())
        {
            if (!DateMentionFinder.IsValid(year, c.Month, c.Day)) continue;
            var before = new DateOnly(year, c.Month, c.Day);
            DateOnly day;
            if (nextWeek)
            {
                var weekStart = before.AddDays(-(((int)before.DayOfWeek + 6) % 7)); // its Monday
                day = weekStart.AddDays(-WeekDays).AddDays(((int)w + 6) % 7);
            }
            else
            {
                day = before.AddDays(-WeekDays);
                day = day.AddDays(-(((int)day.DayOfWeek - (int)w + WeekDays) % WeekDays));
            }
            if (before.DayNumber - day.DayNumber > FarDays) return null;
            if (past is { } p && DateMentionFinder.IsValid(year, p.Month, p.Day) && day <= new DateOnly(year, p.Month, p.Day)) continue;
            if (day > today || day < low) continue;
            return wide && day.DayNumber - low.DayNumber > RecentDays ? null : day;
        }
        return null;
    }

    // "the Clark County Commission's May 20 meeting next week": "next week" a few words after the date.
    private static bool InNextWeek(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        for (var i = m.LastToken + 1; i + 1 < end && i <= m.LastToken + NextWeekReach; i++)
        {
            if (DateContext.IsClauseBreak(scan, i)) return false;
            if (scan.IsWord(i, "next") && scan.IsWord(i + 1, "week")) return true;
        }
        return false;
    }
}
