namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Since March 1, officials have confirmed 58 new cases … died earlier this month … clinics on March 22": when nothing
/// fixes the story's day, a narrative "this month", or a coming day in the same month as the latest past one, fixes its
/// month: the month of the latest past month-and-day the narrative tells (news follows its latest dated happening).
/// A coming day within six weeks of that happening ("a study published March 16 … a hearing on April 4") brackets the
/// story too, and news is written soon after its latest happening, so that happening's month; after a happening on a
/// month's last day ("the defeat on 31 May"), the next month.
/// The answer is that month, not a guessed day; the events are read against the day after that happening.
/// </summary>
internal static class StoryMonth
{
    private const int BracketDays = 42; // beyond six weeks, a coming date is a plan rather than this month's business
    private const int FirstWeekDays = 7;
    private const int MidMonth = 15;

    /// <summary>The story's month and the day its events are read against, or null when the text does not fix the month.</summary>
    /// <param name="scan">The article's date mentions.</param>
    /// <param name="bound">The first day by which every past happening with a stated year is over, if any.</param>
    /// <param name="today">The latest possible publication day.</param>
    /// <param name="copyright">The page's copyright year, if any.</param>
    public static (PartialDate Month, DateOnly EventsDay)? Find(DateScan scan, DateOnly? bound, DateOnly today, int? copyright) =>
        NamedBeside(scan, bound, today, copyright) ?? FromDays(scan, bound, today, copyright);

    private static (PartialDate Month, DateOnly EventsDay)? FromDays(DateScan scan, DateOnly? bound, DateOnly today, int? copyright)
    {
        var thisMonth = false;
        (int Month, int Day)? past = null;
        var comings = new List<(int Month, int Day)>();
        var ends = new List<(int Month, int Day)>(); // the coming days that are not deadlines
        foreach (var m in scan.Mentions)
        {
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var e = m.Expression;
            if (e is { Form: DateForm.Relative, Unit: RelativeUnit.Month, Offset: 0, FromPrevious: false })
            {
                thisMonth = true;
                continue;
            }
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0 }) continue;
            var reading = ClauseTense.Of(scan, m);
            if (!reading.HasVerb) continue;
            // "said the district would release the boundaries by Feb. 10": a deadline is no happening the story follows.
            if (reading.Tense == Tense.Past && !IsDeadline(scan, m))
            {
                if (past is null || (e.Month, e.Day).CompareTo(past.Value) > 0) past = (e.Month, e.Day);
            }
            else if (reading.Tense == Tense.Future)
            {
                comings.Add((e.Month, e.Day));
                if (!IsDeadline(scan, m)) ends.Add((e.Month, e.Day));
            }
        }
        // "expect to award the licenses by May 1": a deadline says when a thing is done at the latest, not that the story
        // comes just before it, so without a past day it gives no month.
        if (past is not { } p) return thisMonth ? BeforeComing(ends, bound, today, copyright) : null;
        // The earliest coming day after the latest past one: one before it in the calendar ("would take effect Jan. 1"
        // after "released Nov. 6") lies in a later year and bounds nothing this month.
        (int Month, int Day)? coming = null;
        foreach (var c in comings)
            if (c.CompareTo(p) > 0 && (coming is null || c.CompareTo(coming.Value) < 0)) coming = c;
        if (YearOf(p, bound, today, copyright) is not { } year) return null;
        var happening = new DateOnly(year, p.Month, p.Day);
        var eventsDay = happening.AddDays(1);
        var comingDay = coming is { } cd && DateMentionFinder.IsValid(year, cd.Month, cd.Day) ? new DateOnly(year, cd.Month, cd.Day) : (DateOnly?)null;
        var bracketed = comingDay is { } b && b.DayNumber - happening.DayNumber <= BracketDays;
        if (!thisMonth && !bracketed) return null;
        // "the defeat on 31 May … the game on 13 June": the story, after the month's last day, is of the next month.
        var month = eventsDay.Month != p.Month && eventsDay <= today && (comingDay is not { } c3 || eventsDay < c3) ? eventsDay : happening;
        if (month == happening && (eventsDay.Month != p.Month || comingDay is { } c2 && c2 <= eventsDay || eventsDay > today))
            eventsDay = happening;
        return (PartialDate.OfMonth(year, month.Month), eventsDay);
    }

    // "The closure was announced earlier this month … the final show is May 25": with no past day told, the story is
    // of the month of the earliest coming day (news is written as late as its evidence allows), read against the day
    // before it; when that day falls in a month's first week ("warnings begin Feb. 1", "a ballot on 6 October"), of the
    // month before: a story that tells of "earlier this month" is more than a few days into its month.
    private static (PartialDate Month, DateOnly EventsDay)? BeforeComing(List<(int Month, int Day)> comings, DateOnly? bound, DateOnly today, int? copyright)
    {
        (PartialDate, DateOnly)? best = null;
        foreach (var c in comings)
        {
            var year = DateMentionFinder.IsValid(2024, c.Month, c.Day) ? 2024 : 2028; // a leap year holds every day
            var coming = new DateOnly(year, c.Month, c.Day);
            var before = c.Day <= FirstWeekDays ? coming.AddDays(-c.Day) : coming.AddDays(-1);
            if (YearOf((before.Month, before.Day), bound, today, copyright) is not { } y) continue;
            var day = new DateOnly(y, before.Month, before.Day);
            if (best is not { } b || day < b.Item2) best = (PartialDate.OfMonth(y, day.Month), day);
        }
        return best;
    }

    // "a four-day trial last month, in January", "a rise in bills from 1 April, next month", "Last month, on 3 March,
    // the council voted": a month the narrative names beside its "last month" or "next month" is the month before or
    // after the story's, so the story's month is told (before any month a bracket of days would give). The events are
    // read against that month's middle: nothing tells which of its days.
    private static (PartialDate Month, DateOnly EventsDay)? NamedBeside(DateScan scan, DateOnly? bound, DateOnly today, int? copyright)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Month, Offset: -1 or 1, FromPrevious: false } relative
                || DateContext.IsInsideQuotation(scan, m)) continue;
            foreach (var j in (ReadOnlySpan<int>)[i - 1, i + 1])
            {
                if (j < 0 || j >= mentions.Count || mentions[j] is not { Expression: { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0 } named } n
                    || n.Sentence != m.Sentence || !Beside(scan, j < i ? n : m, j < i ? m : n)) continue;
                var month = (named.Month - relative.Offset + 11) % 12 + 1;
                if (MonthYear(month, bound, today, copyright) is not { } year) return null;
                return (PartialDate.OfMonth(year, month), new DateOnly(year, month, MidMonth));
            }
        }
        return null;
    }

    // The copyright year, else the first year from the finished happenings on whose month has begun by today and not
    // ended before them; none after a bound from history ("the line opened in 2000" says nothing of the story's year,
    // as in YearChoice.IsHistory).
    private static int? MonthYear(int month, DateOnly? bound, DateOnly today, int? copyright)
    {
        if (copyright is { } c) return new DateOnly(Math.Min(c, today.Year), month, 1) <= today ? Math.Min(c, today.Year) : null;
        if (bound is not { } b || b.Year < today.Year - WeekdayCycle.Years) return null;
        for (var y = b.Year; y <= today.Year; y++)
            if (new DateOnly(y, month, 1) <= today && new DateOnly(y, month, 1).AddMonths(1) > b) return y;
        return null;
    }

    // Whether only a comma (and "in" or "on") stands between two mentions: "last month, in January", "1 April, next
    // month", "last month, on 3 March".
    internal static bool Beside(DateScan scan, DateMention first, DateMention second)
    {
        var gap = second.FirstToken - first.LastToken - 1;
        if (gap is < 1 or > 2 || !scan.IsSymbol(first.LastToken + 1, ',')) return false;
        return gap == 1 || scan.IsWord(first.LastToken + 2, "in") || scan.IsWord(first.LastToken + 2, "on");
    }

    private static bool IsDeadline(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        return i >= first && (scan.IsWord(i, "by") || scan.IsWord(i, "until") || scan.IsWord(i, "through") || scan.IsWord(i, "before"));
    }

    // The copyright year, else the first year from the finished happenings on in which the day has passed by today.
    private static int? YearOf((int Month, int Day) day, DateOnly? bound, DateOnly today, int? copyright)
    {
        if (copyright is { } c)
        {
            var y = Math.Min(c, today.Year);
            return DateMentionFinder.IsValid(y, day.Month, day.Day) && new DateOnly(y, day.Month, day.Day) <= today ? y : null;
        }
        // Without a stated year to go by, the year would be a guess: no answer, as before.
        if (bound is not { } b) return null;
        for (var y = b.Year; y <= today.Year; y++)
            if (DateMentionFinder.IsValid(y, day.Month, day.Day) && new DateOnly(y, day.Month, day.Day) is var d && d >= b && d <= today) return y;
        return null;
    }
}
