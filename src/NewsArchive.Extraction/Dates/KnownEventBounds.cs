using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Bounds on the publication date from the known public events the narrative names (see <see cref="KnownEvents"/>):
/// "Super Bowl LII was played Sunday" puts the story on or after 4 February 2018, and within the week after it, since
/// the game is told by its weekday; "ahead of COP26" puts it before the summit's end. An ambiguous name ("Saturday's
/// general election", "the total solar eclipse") keeps the occasions the date or weekday beside it and the rest of the
/// evidence allow, and gives only what all of those agree on. Names inside quotations are the speaker's, not the
/// narrative's.
/// </summary>
internal static class KnownEventBounds
{
    private const int NearDays = 6; // "Monday's eclipse", "played Sunday": the story is within the week after
    private const int LastWeekDays = 14; // "struck last Friday": within the fortnight
    private const int MaxGapToDate = 6; // "made landfall near Matagorda on July 8"
    private const int MaxCueReach = 4; // "in the run-up to the Beast from the East"
    private const int NightSlackDays = 1; // "yesterday's", "today's" leave a night's slack (see WindowOf)
    private const int LeadSentences = 2; // the lead: its first sentence, after a headline or byline line

    // "a second independence referendum", "the next general election", "another Storm Ciara": another occasion than the known one.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherOccasionWords = FrozenSet.ToFrozenSet(
        ["a", "an", "another", "second", "next", "new", "future", "any", "possible", "potential", "fresh", "every", "each", "mini", "snap"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Cue { Coming, ComingUnlessOver, Past, PastUnlessAhead }

    // Words just before a name that tell it as to come or as over: "ahead of Storm Eunice" (whatever the clause's verb:
    // "Schools closed ahead of Storm Eunice"), "since the first lockdown", "in the wake of Harvey". The weak ones give
    // way to a clause told the other way ("in the run-up to the referendum, leaflets were sent"; "will reopen after the
    // Olympics" may come before them).
    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> Cues = new Dictionary<string, Cue>
    {
        ["ahead"] = Cue.Coming, ["upcoming"] = Cue.Coming, ["forthcoming"] = Cue.Coming, ["countdown"] = Cue.Coming,
        ["eve"] = Cue.Coming, ["approaching"] = Cue.Coming, ["awaited"] = Cue.Coming,
        ["run-up"] = Cue.ComingUnlessOver, ["lead-up"] = Cue.ComingUnlessOver, ["build-up"] = Cue.ComingUnlessOver,
        ["preparation"] = Cue.ComingUnlessOver, ["preparations"] = Cue.ComingUnlessOver, ["before"] = Cue.ComingUnlessOver,
        ["until"] = Cue.ComingUnlessOver, ["till"] = Cue.ComingUnlessOver, ["leading"] = Cue.ComingUnlessOver, // "leading up to"
        ["since"] = Cue.Past, ["aftermath"] = Cue.Past, ["wake"] = Cue.Past, ["anniversary"] = Cue.Past,
        ["recovery"] = Cue.Past, ["post"] = Cue.Past, ["amid"] = Cue.Past,
        ["after"] = Cue.PastUnlessAhead, ["following"] = Cue.PastUnlessAhead,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs just after a name that tell it as still to come: "as Storm Dennis approaches", "with Hurricane Irma heading for
    // the Keys", "as COP26 looms".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComingVerbs = FrozenSet.ToFrozenSet(
        ["approaches", "approaching", "nears", "nearing", "looms", "looming", "heads", "heading", "threatens", "threatening", "bears"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The bounds on the story's day narrowed by the named events.</summary>
    /// <param name="scan">The article's tokens and date mentions.</param>
    /// <param name="earliest">The first possible day from the rest of the evidence, if any.</param>
    /// <param name="latest">The latest possible day from the rest of the evidence.</param>
    /// <returns>The first and latest possible day, and the first possible day the named events alone allow (null when
    /// they set none), which outranks a year the narrative states ("in 2015") as a lower bound.</returns>
    public static (DateOnly? Earliest, DateOnly Latest, DateOnly? Known) Narrow(DateScan scan, DateOnly? earliest, DateOnly latest) =>
        Narrow(scan, earliest, latest, out _);

    /// <summary>As above; <paramref name="day"/> is the story's day when one named event alone narrows it to a day, or to a
    /// day and the next morning's edition ("Storm Ophelia tore through the county yesterday": 17 or 18 October 2017, so the 17th, as news is dated the day it tells as today), and the rest of the evidence allows it.</summary>
    public static (DateOnly? Earliest, DateOnly Latest, DateOnly? Known) Narrow(DateScan scan, DateOnly? earliest, DateOnly latest, out DateOnly? day)
    {
        day = null;
        var mentions = KnownEvents.Find(scan);
        DateOnly? known = null;
        if (mentions.Count == 0) return (earliest, latest, known);
        DateOnly? ownDay = null;
        var daysDisagree = false;
        var readings = new List<(DateWindow[] Windows, bool OnlyOne)>(mentions.Count);
        foreach (var m in mentions)
            if (Read(scan, m, mentions, out var onlyOne) is { Length: > 0 } windows) readings.Add((windows, onlyOne));
        // Twice: a bound from a later name may settle which occasion an earlier, ambiguous one meant.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (windows, onlyOne) in readings)
            {
                DateOnly? low = DateOnly.MaxValue, high = DateOnly.MinValue;
                var kept = 0;
                foreach (var w in windows)
                {
                    // An occasion the rest of the evidence rules out is not the one the story means.
                    if (w.Low is { } l && l > latest || w.High is { } h && earliest is { } e && h < e || w is { Low: { } a, High: { } b } && a > b) continue;
                    kept++;
                    low = w.Low is { } lo && low is { } lw ? (lo < lw ? lo : lw) : null;
                    high = w.High is { } hi && high is { } hw ? (hi > hw ? hi : hw) : null;
                }
                // "ahead of tomorrow's Budget": a day beside a shared name means one of its occasions only when the rest
                // of the evidence leaves just one.
                if (kept == 0 || onlyOne && kept > 1) continue;
                // "tomorrow's coronation of King Charles III": one name alone leaves a day (and the next morning's edition).
                if (pass == 0 && low is { } dayLow && high is { } dayHigh && dayHigh >= dayLow && dayHigh.DayNumber - dayLow.DayNumber <= NightSlackDays)
                {
                    daysDisagree |= ownDay is { } other && other != dayLow;
                    ownDay = dayLow;
                }
                if (low is { } newLow && (earliest is not { } e0 || newLow > e0)) earliest = newLow;
                if (low is { } ownLow && (known is not { } k || ownLow > k)) known = ownLow;
                if (high is { } newHigh && newHigh < latest) latest = newHigh;
            }
        }
        if (!daysDisagree && ownDay is { } d && (earliest is not { } e1 || d >= e1) && d <= latest) day = d;
        return (earliest, latest, known);
    }

    /// <summary>
    /// The month of the story when the named events have narrowed its possible days to one month ("Super Bowl LII was
    /// played Sunday": 5 to 10 February 2018) and nothing fixed the day, or the day when they narrowed it to one ("with 47
    /// days until the Nov. 3 presidential election"); null otherwise.
    /// </summary>
    public static PartialDate? Month(DateOnly? earliest, DateOnly latest, DateOnly? known) =>
        known is null || earliest is not { } e || e.Year != latest.Year || e.Month != latest.Month ? null
        : e == latest ? PartialDate.OfDay(e) : PartialDate.OfMonth(e.Year, e.Month);

    /// <summary>
    /// The day of the story's past weekday when the named events have narrowed its possible days to one week ("voted on
    /// Tuesday … days before Super Bowl LIV comes to Miami this Sunday": 27 January to 1 February 2020, so Tuesday the
    /// 28th); null otherwise.
    /// </summary>
    public static DateOnly? Week(DateOnly? earliest, DateOnly latest, DateOnly? known, DayOfWeek? pastWeekday)
    {
        if (known is null || earliest is not { } e || pastWeekday is not { } w || latest < e || latest.DayNumber - e.DayNumber >= NearDays + 1) return null;
        for (var d = latest; d >= e; d = d.AddDays(-1))
            if (d.DayOfWeek == w) return d;
        return null;
    }

    /// <summary>The later of a day and the named events' own lower bound.</summary>
    public static DateOnly? NotBefore(DateOnly? day, DateOnly? known) => day is { } d && known is { } k ? (d > k ? d : k) : day;

    /// <summary>The possible windows of the story's day from one named event, one per occasion it may mean; empty when
    /// the name says nothing here (quoted, part of a longer name, another occasion, or a recurring name nothing pins).</summary>
    private static DateWindow[] Read(DateScan scan, KnownEventMention m, List<KnownEventMention> all, out bool onlyOne)
    {
        onlyOne = false;
        if (scan.IsInsideQuotation(scan.Tokens[m.FirstToken].Start) && !IsQuotedName(scan, m) || DateContext.IsPageChrome(scan, m.Sentence)) return [];
        // "President Trump said", "then-Attorney General Jeff Sessions": a holder named with the title, within a term.
        if (m.Name.Holder is not null)
            return OfficeHolderBounds.Read(scan, m, all);
        var (first, end) = scan.TokensOf(m.Sentence);
        if (IsPartOfLongerName(scan, m, first, end) || m.FirstToken > first && OtherOccasionWords.Contains(scan.Text(m.FirstToken - 1))) return [];
        // "the 50th anniversary of King's assassination", "ten years since Storm Desmond": the day the count reaches.
        var countOn = KnownEventAnniversary.Before(scan, m, first);
        var occasions = countOn is { } count ? m.Name.Occasions.Select(o => KnownEventAnniversary.Shift(o, count)) : m.Name.Occasions.AsEnumerable();
        var start = countOn?.Opening ?? m.FirstToken; // "Wednesday's 50th anniversary of …": the date stands before the count
        var pinned = false;
        DateMention? beside = null; // the date beside the name that tells its tense best
        DateExpression? weekday = null, distance = null, dated = null;
        var undatedYear = false; // a month or date beside the name without its year ("the local elections in June")
        foreach (var d in scan.Mentions)
        {
            if (d.Sentence < m.Sentence) continue;
            if (d.Sentence > m.Sentence) break;
            if (!IsBeside(scan, d, m, start, all)) continue;
            var e = d.Expression;
            if (e.FromPrevious) continue;
            if (e is { Form: DateForm.Calendar, Month: > 0, YearRelative: false })
            {
                // A date that fits no occasion is some other day's ("Storm Ciara … and on Tuesday 3 March the council met").
                // "the local elections on Thursday, May 2": a weekday written with the date picks the years it falls on
                // then, but says no more of how near the story is than the date alone.
                var kept = occasions.Where(o => o.HasDay(e.Year, e.Month, e.Day) && (!e.WeekdayStated || e.Day == 0 || FallsOn(o, e))).ToList();
                if (kept.Count == 0) continue;
                occasions = kept;
                if (e.Day > 0) dated ??= e;
                else if (e.WeekdayStated) weekday ??= e;
                undatedYear |= e.Year == 0;
            }
            // "ahead of the 2020 presidential election", "since the 2024 general election": a year before the name picks the
            // occasions of that year (not of a name only a calendar date picks: "the 2024 election" may be a primary).
            else if (e is { Form: DateForm.Calendar, Month: 0, Year: > 0, YearRelative: false } && d.LastToken < start)
            {
                var kept = occasions.Where(o => !o.DatedOnly && o.First.Year <= e.Year && e.Year <= o.Last.Year).ToList();
                if (kept.Count == 0) continue;
                occasions = kept;
            }
            else if (e is { Form: DateForm.Weekday, Shift: DateShift.None or DateShift.Last or DateShift.This or DateShift.Next })
            {
                var kept = occasions.Where(o => !o.DatedOnly && o.HasWeekday(e.Weekday)).ToList();
                if (kept.Count == 0) continue;
                occasions = kept;
                weekday ??= e;
            }
            else if (e.Form == DateForm.Relative && distance is null && !IsCountedFrom(scan, d)) distance = e;
            else continue;
            // "ahead of tomorrow's Budget" says which day, but not which of the Budgets: only a date or weekday picks one.
            pinned |= e.Form != DateForm.Relative;
            beside ??= d;
        }
        // "With Monday's total solar eclipse two days away": a possessive weekday the date finder left to the name.
        if (weekday is null && PossessiveWeekdayBefore(scan, start, first) is { } named)
        {
            var kept = occasions.Where(o => !o.DatedOnly && o.HasWeekday(named)).ToList();
            if (kept.Count > 0) (occasions, weekday, pinned) = (kept, DateExpression.OfWeekday(named, DateShift.None), true);
        }
        var counted = DaysAwayAfter(scan, m, end) ?? CountBefore(scan, m, beside, first);
        if (counted is { } away) distance = DateExpression.Relative(RelativeUnit.Day, away);
        var list = occasions.ToList();
        if (list.Count == 0) return [];
        if (list.Exists(o => o.Recurring) && !pinned)
        {
            // "ahead of tomorrow's Budget", "yesterday's general election": the day says which day, not which occasion; one
            // is meant only when the rest of the evidence leaves one (see Narrow).
            if (distance is not { Unit: RelativeUnit.Day, Offset: >= -1 and <= 1 } || list.Exists(o => o.DatedOnly)) return [];
            onlyOne = true;
        }
        // "Monday's total solar eclipse … The April 8 date had been circled on calendars": of several occasions, the one
        // whose day the narrative writes elsewhere.
        if (list.Count > 1 && list.FindAll(o => IsWrittenElsewhere(scan, o)) is { Count: > 0 } written) list = written;
        // "Ten years since Storm Desmond, the town's defences …": a round count puts the story about then, whatever tense
        // the event's own clause has ("Two years after Hurricane Harvey dumped 60 inches").
        // "which this year also commemorated 80 years since the end of the Second World War", "This year marks the 30th
        // anniversary of …": the count reaches its day in the story's own year.
        var thisYear = countOn is not null && TellsThisYear(scan, first, end);
        if (countOn is { Anniversary: false } round)
            return list.ConvertAll(o => round.Exact ? new DateWindow(o.First, o.Last) : thisYear ? YearOf(o) : Around(o, round.SlackMonths)).ToArray();
        // "sits in the path of next Saturday's annular solar eclipse": a next weekday is always to come.
        var told = list.TrueForAll(o => o.Sudden) || counted < 0 ? Tense.Past : counted > 0 || weekday is { Shift: DateShift.Next } ? Tense.Future
            : TenseOf(scan, m, beside, first, countOn?.Opening);
        // "Talks are expected to begin after Saturday's general election": a weekday names a day of this week or the last,
        // whichever way the clause leans. Written with a date or month without its year ("the general election on December
        // 12", "since the local elections in June"), or as the Nth anniversary, the name is at least within a year of the
        // story, whichever way.
        var near = countOn is not null ? AnniversaryMonths : undatedYear ? UndatedYearMonths : (int?)null;
        if (told is null && weekday is null) return near is { } reach ? list.ConvertAll(o => thisYear ? YearOf(o) : Around(o, reach)).ToArray() : [];
        // "became eligible for Covid-19 vaccines today": a day beside what was never announced ahead is some other happening's.
        if (list.TrueForAll(o => o.Sudden)) (weekday, distance) = (null, null);
        var windows = new DateWindow[list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            // "Hurricane Beryl made landfall near Matagorda on July 8": of a storm's days, the one the text dates.
            var o = dated is { } on ? OnDay(list[k], on) : list[k];
            windows[k] = told is { } tense ? WindowOf(o, tense, weekday, distance)
                : WindowOf(o, Tense.Future, weekday, null) with { High = WindowOf(o, Tense.Past, weekday, null).High };
            if (near is { } reach) windows[k] = windows[k].Within(thisYear ? YearOf(o) : Around(o, reach));
        }
        return windows;
    }

    private const int AnniversaryMonths = 6; // "ahead of the 50th anniversary", "marked the first anniversary"
    private const int UndatedYearMonths = 12; // "the general election on December 12": news drops the year of a day near it

    // The days of the calendar years the occasion falls in.
    private static DateWindow YearOf(KnownOccasion o) => new(new DateOnly(o.First.Year, 1, 1), new DateOnly(o.Last.Year, 12, 31));

    // Whether the sentence says "this year" outside quotation marks.
    private static bool TellsThisYear(DateScan scan, int first, int end)
    {
        for (var i = first; i + 1 < end; i++)
            if (scan.IsWord(i, "this") && scan.IsWord(i + 1, "year") && !scan.IsInsideQuotation(scan.Tokens[i].Start)) return true;
        return false;
    }

    // The days within some months of the occasion, either way.
    private static DateWindow Around(KnownOccasion o, int months) => new(o.First.AddMonths(-months), o.Last.AddMonths(months));

    // Whether the narrative writes a day of the occasion as a calendar date without a year ("April 8") outside quotations
    // (with its year, "Aug. 21, 2017", it may well be the other occasion, told as past).
    private static bool IsWrittenElsewhere(DateScan scan, KnownOccasion o)
    {
        foreach (var d in scan.Mentions)
            if (d.Expression is { Form: DateForm.Calendar, Year: 0, Month: > 0, Day: > 0, YearRelative: false } e && o.HasDay(e.Year, e.Month, e.Day)
                && !DateContext.IsInsideQuotation(scan, d)) return true;
        return false;
    }

    // The days the story may fall on, for one occasion told as over or as to come, with the weekday or distance told
    // beside it: "Super Bowl LII was played Sunday" (a day in the week after the Sunday: news does not name its own day by
    // weekday), "Harvey came ashore five years ago" (about five years after), "the Platinum Jubilee earlier this month".
    private static DateWindow WindowOf(KnownOccasion o, Tense tense, DateExpression? weekday, DateExpression? distance)
    {
        var (first, last) = (o.First, o.Last);
        DateWindow told;
        if (weekday is { } w)
        {
            var day = first;
            while (day < last && day.DayOfWeek != w.Weekday) day = day.AddDays(1);
            var reach = w.Shift is DateShift.Last or DateShift.Next ? LastWeekDays : NearDays; // "next Saturday's" may be a week on
            told = tense == Tense.Past ? new DateWindow(day, day.AddDays(reach)) : new DateWindow(day.AddDays(-reach), day.AddDays(-1));
            (first, last) = (day, day);
        }
        else told = tense == Tense.Past ? new DateWindow(first, null) : new DateWindow(null, last == first ? first.AddDays(-1) : last.AddDays(-1));
        if (distance is not { } e) return told;
        var k = e.Offset;
        DateWindow around = e.Unit switch
        {
            // "yesterday's", "today's" leave a night's slack (a next-morning edition); a count ("47 days until") does not.
            RelativeUnit.Day => new DateWindow(first.AddDays(-k), last.AddDays(-k + (k is >= -1 and <= 1 ? 1 : 0))),
            RelativeUnit.Week => new DateWindow(first.AddDays(-7 * k - 6), last.AddDays(-7 * k + 6)),
            RelativeUnit.Month => new DateWindow(MonthStart(first).AddMonths(-k), MonthStart(last).AddMonths(-k + 1).AddDays(-1)),
            _ => new DateWindow(first.AddYears(-k).AddMonths(-7), last.AddYears(-k).AddMonths(7)),
        };
        return told.Within(around);
    }

    // Whether the occasion's day of the date falls on the weekday written with it.
    private static bool FallsOn(KnownOccasion o, DateExpression e)
    {
        foreach (var d in DaysOf(o, e))
            if (d.DayOfWeek == e.Weekday) return true;
        return false;
    }

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    private static KnownOccasion OnDay(KnownOccasion o, DateExpression e)
    {
        foreach (var d in DaysOf(o, e)) return o with { First = d, Last = d };
        return o;
    }

    // The occasion's days of the date's month and day, one a year: a war runs for thousands of days, but a date falls
    // once in each of its years.
    private static IEnumerable<DateOnly> DaysOf(KnownOccasion o, DateExpression e)
    {
        for (var year = o.First.Year; year <= o.Last.Year; year++)
        {
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var d = new DateOnly(year, e.Month, e.Day);
            if (d >= o.First && d <= o.Last) yield return d;
        }
    }

    // "Polling day is Thursday 7 May, two weeks from tomorrow": a day a count runs from is not the name's own.
    private static bool IsCountedFrom(DateScan scan, DateMention d) =>
        d.FirstToken > 0 && (scan.IsWord(d.FirstToken - 1, "from") || scan.IsWord(d.FirstToken - 1, "after") || scan.IsWord(d.FirstToken - 1, "before"));

    private static DayOfWeek? PossessiveWeekdayBefore(DateScan scan, int start, int first)
    {
        var w = start - 3;
        if (w < first || !scan.IsWord(w + 2, "s") || !(scan.IsSymbol(w + 1, '\'') || scan.IsSymbol(w + 1, '’'))) return null;
        return DateWords.Weekdays.TryGetValue(scan.Text(w), out var day) ? (DayOfWeek)day : null;
    }

    // "With 47 days until the Nov. 3 presidential election", "three weeks before COP26": how far ahead the name lies, in days.
    private static int? CountBefore(DateScan scan, KnownEventMention m, DateMention? beside, int first)
    {
        var cue = (beside is { } b && b.LastToken < m.FirstToken ? b.FirstToken : m.FirstToken) - 1;
        if (cue > first && scan.IsWord(cue, "the")) cue--;
        if (cue - 2 < first) return null;
        if (scan.IsWord(cue, "until") || scan.IsWord(cue, "before") || scan.IsWord(cue, "till")) return CountOf(scan, cue - 2, cue - 1);
        // "Three weeks after Hurricane Milton made landfall, the debris piles are still growing": a lead that opens by
        // counting from the event tells the story's own time (further in, "two weeks after Katrina, he moved" is a past).
        var opens = cue - 2 == first || DateContext.IsClauseBreak(scan, cue - 3);
        return scan.IsWord(cue, "after") && opens && m.Sentence <= LeadSentences ? -CountOf(scan, cue - 2, cue - 1) : null;
    }

    // "47 days", "three weeks": a count of days.
    private static int? CountOf(DateScan scan, int number, int unit)
    {
        int count;
        if (scan.Tokens[number].Kind == TokenKind.Number && int.TryParse(scan.Text(number), out var n)) count = n;
        else if (DateWords.NumberWords.TryGetValue(scan.Text(number), out var word)) count = word;
        else if (scan.Text(number) is { Length: > 0 and < 16 } capital && char.IsUpper(capital[0]))
        {
            // "Two weeks after …" opening a sentence: the list holds the words in lower case.
            Span<char> lower = stackalloc char[capital.Length];
            capital.ToLowerInvariant(lower);
            if (!DateWords.NumberWords.TryGetValue(lower, out count)) return null;
        }
        else return null;
        return scan.IsWord(unit, "days") || scan.IsWord(unit, "day") ? count : scan.IsWord(unit, "weeks") || scan.IsWord(unit, "week") ? 7 * count : null;
    }

    // "the eclipse two days away", "COP26, now three weeks away": how far ahead the name lies, in days.
    private static int? DaysAwayAfter(DateScan scan, KnownEventMention m, int end)
    {
        var i = m.LastToken + 1;
        if (i < end && scan.IsSymbol(i, ',')) i++;
        if (i < end && scan.IsWord(i, "now")) i++;
        return i + 2 < end && scan.IsWord(i + 2, "away") ? CountOf(scan, i, i + 1) : null;
    }

    // 'dubbed the "Beast from the East"': a name in quotation marks of its own is the narrative's, not a speaker's.
    private static bool IsQuotedName(DateScan scan, KnownEventMention m) =>
        m.FirstToken > 0 && m.LastToken + 1 < scan.Tokens.Count && (scan.IsSymbol(m.FirstToken - 1, '"') || scan.IsSymbol(m.FirstToken - 1, '“'))
        && (scan.IsSymbol(m.LastToken + 1, '"') || scan.IsSymbol(m.LastToken + 1, '”'));

    // "the Super Bowl LII Host Committee", "Houston's Hurricane Harvey Relief Fund", "Winter Storm Ciara": the name is
    // part of a longer one, which may well come before the event.
    private static bool IsPartOfLongerName(DateScan scan, KnownEventMention m, int first, int end)
    {
        var before = m.FirstToken - 1;
        if (before > first && IsCapitalizedWord(scan, before) && !DateWords.Weekdays.ContainsKey(scan.Text(before))
            && !(before - 1 >= first && (scan.IsSymbol(before - 1, '"') || scan.IsSymbol(before - 1, '“')))) return true;
        var after = m.LastToken + 1;
        return after < end && IsCapitalizedWord(scan, after) && !DateWords.Weekdays.ContainsKey(scan.Text(after)) && !DateWords.Months.ContainsKey(scan.Text(after));
    }

    private static bool IsCapitalizedWord(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Word && char.IsUpper(scan.Body[scan.Tokens[i].Start]);

    // A date told with the name: just before it ("Monday's total solar eclipse", "the Nov. 3 presidential election") or a
    // few words after it in the same clause ("Super Bowl LII was played Sunday", "the general election on 4 July").
    private static bool IsBeside(DateScan scan, DateMention d, KnownEventMention m, int start, List<KnownEventMention> all)
    {
        if (d.LastToken < start)
        {
            for (var i = d.LastToken + 1; i < start; i++)
                if (!(scan.IsSymbol(i, '\'') || scan.IsSymbol(i, '’') || scan.IsWord(i, "s"))) return false;
            return true;
        }
        if (d.FirstToken <= m.LastToken) return false;
        if (d.FirstToken - m.LastToken - 1 > MaxGapToDate) return IsInOwnPredicate(scan, d, m, all);
        for (var i = m.LastToken + 1; i < d.FirstToken; i++)
            if (scan.IsSymbol(i, ',') || DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, '(') || scan.IsWord(i, "and") && !JoinsObjects(scan, m, i, d.FirstToken)
                || scan.IsWord(i, "but")) return OwnVerb(scan, m) > m.LastToken + 1 && IsInOwnPredicate(scan, d, m, all);
        // "after Storm Agnes in September and Storm Babet last month": a date after another name is that one's.
        foreach (var other in all)
            if (other.FirstToken > m.LastToken && other.FirstToken < d.FirstToken) return false;
        return true;
    }

    // "Super Bowl LIV brings football's biggest game — and its visitors — to Miami this Sunday", "COP26 opens in Glasgow
    // on Sunday": when the name is the subject of a verb that tells the event taking place, the day at the end of that
    // clause is the event's, however long the words between (an aside between dashes is skipped whole).
    private static bool IsInOwnPredicate(DateScan scan, DateMention d, KnownEventMention m, List<KnownEventMention> all)
    {
        var verb = OwnVerb(scan, m);
        if (verb >= d.FirstToken || !IsTakingPlaceVerb(scan, verb) || d.FirstToken - verb > MaxPredicateReach) return false;
        var asideOpen = false;
        for (var i = verb + 1; i < d.FirstToken; i++)
        {
            if (scan.IsSymbol(i, '—') || scan.IsSymbol(i, '–')) { asideOpen = !asideOpen; continue; }
            if (asideOpen) continue;
            if (scan.IsWord(i, "and") && JoinsObjects(scan, m, i, d.FirstToken)) continue;
            if (scan.IsSymbol(i, ',') || DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, '(') || scan.IsWord(i, "and") || scan.IsWord(i, "but")
                || scan.IsWord(i, "after") || scan.IsWord(i, "before") || scan.IsWord(i, "since") || scan.IsWord(i, "until")) return false;
        }
        if (asideOpen) return false;
        foreach (var other in all)
            if (other.FirstToken > m.LastToken && other.FirstToken < d.FirstToken) return false;
        return true;
    }

    private const int MaxPredicateReach = 16;

    // "Storm Ophelia tore through the city and county yesterday", "Storm Ciarán hit the Channel Islands and southern England
    // on Thursday": an "and" after the name's own verb that joins two of its objects, not a second clause ("Storm Ciara hit
    // the town and the council met on Tuesday"): no verb or auxiliary between it and the date.
    private static bool JoinsObjects(DateScan scan, KnownEventMention m, int and, int date)
    {
        var verb = OwnVerb(scan, m);
        if (verb >= and || !IsTakingPlaceVerb(scan, verb) && !ClauseTense.IsPastVerb(scan, verb)) return false;
        for (var i = and + 1; i < date; i++)
            if (scan.Tokens[i].Kind == TokenKind.Word && (ClauseTense.IsPastVerb(scan, i) || ClauseAuxiliaries.Contains(scan.Text(i)))) return false;
        return true;
    }

    // Where the name's own verb stands: just after it ("Storm Ciara brought"), or after "which" opening an aside about it
    // ("Storm Ciara, which brought torrential rain to the Borders on Sunday").
    private static int OwnVerb(DateScan scan, KnownEventMention m)
    {
        var next = m.LastToken + 1;
        return next + 2 < scan.Tokens.Count && scan.IsSymbol(next, ',') && scan.IsWord(next + 1, "which") ? next + 2 : next;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseAuxiliaries = FrozenSet.ToFrozenSet(
        ["will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "must", "shall",
         "should", "said", "says", "say", "who", "which", "that", "it", "they", "he", "she", "we"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A verb whose subject is an event taking place: "came", "opens", and a storm's past ("battered", "tore through").
    private static bool IsTakingPlaceVerb(DateScan scan, int i) =>
        i < scan.Tokens.Count && scan.Tokens[i].Kind == TokenKind.Word && (TakingPlaceVerbs.Contains(scan.Text(i)) || StormVerbs.Contains(scan.Text(i)));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StormVerbs =
        WordList.Set("dates-storm-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs whose subject is an event taking place, so a day in their clause is the event's own: "the Games open on
    // Friday", "the summit gets under way Monday", "Super Bowl LIV came to Miami on Sunday".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TakingPlaceVerbs = FrozenSet.ToFrozenSet(
        ["comes", "came", "opens", "opened", "begins", "began", "starts", "started", "kicks", "kicked", "gets", "got", "arrives",
         "arrived", "returns", "returned", "brings", "brought", "ends", "ended", "closes", "closed", "concludes", "concluded",
         "wraps", "wrapped", "lands", "landed", "hits", "hit", "unfolds", "unfolded", "takes", "took", "moves", "moved"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the name is told as over (or under way) or as to come: a cue word just before it, else the tense of its
    // clause (read at the date beside it when there is one); null when a weak cue and the clause disagree.
    private static Tense? TenseOf(DateScan scan, KnownEventMention m, DateMention? beside, int first, int? countFrom = null)
    {
        if (beside is { Expression: { Form: DateForm.Relative, Offset: var offset } } && offset != 0) return offset < 0 ? Tense.Past : Tense.Future;
        var at = beside ?? new DateMention(new TextSpan(scan.Tokens[m.FirstToken].Start, scan.Tokens[m.LastToken].End),
            DateExpression.Calendar(0, m.Name.Occasions[0].First.Month, m.Name.Occasions[0].First.Day), m.Sentence, m.FirstToken, m.LastToken);
        var next = m.LastToken + 1;
        var (_, end) = scan.TokensOf(m.Sentence);
        if (next < end && scan.Tokens[next].Kind == TokenKind.Word && ComingVerbs.Contains(scan.Text(next))) return Tense.Future;
        // "Saturday's general election, which left no party close to a majority": a relative clause tells it as over;
        // "Budget 2025, which will be announced on October 1", as to come.
        if (next + 2 < end && scan.IsSymbol(next, ',') && (scan.IsWord(next + 1, "which") || scan.IsWord(next + 1, "when"))
            && PredicateTense(scan, next + 2, end) is { } relative)
            return relative;
        if (OwnPredicate(scan, m, end) is { } own) return own;
        var reading = ClauseTense.Of(scan, at);
        // "Retailers had hoped that the general election on December 12 would lift confidence": the future of a past
        // moment, which may be over by the story's day.
        if (reading.Tense == Tense.Future && IsBackshifted(scan, m, first, end)) return null;
        var clause = reading.Tense == Tense.Past && at.Expression.Form == DateForm.Weekday && AheadOfStory.Is(scan, at) ? Tense.Future : reading.Tense;
        // "With 47 days until the Nov. 3 presidential election": the cue stands before the date the name is written with.
        // "ahead of the 50th anniversary of …": the cue stands before the count.
        var start = countFrom ?? m.FirstToken;
        var from = beside is { } b && b.LastToken < start ? b.FirstToken : start;
        for (var i = from - 1; i >= first && i >= from - MaxCueReach; i--)
        {
            if (scan.IsSymbol(i, ',') || DateContext.IsClauseBreak(scan, i)) break;
            if (scan.Tokens[i].Kind != TokenKind.Word) continue;
            ReadOnlySpan<char> word = scan.Text(i);
            // "run-up" is three tokens: read the hyphenated word whole.
            if (i + 2 < m.FirstToken && scan.IsSymbol(i + 1, '-') && scan.Tokens[i + 2].Kind == TokenKind.Word)
                word = scan.Body.AsSpan(scan.Tokens[i].Start, scan.Tokens[i + 2].End - scan.Tokens[i].Start);
            if (!Cues.TryGetValue(word, out var cue)) continue;
            // "With 47 days until the Nov. 3 presidential election", "three weeks before COP26": a count down to it.
            if (cue == Cue.ComingUnlessOver && i > first && (scan.IsWord(i - 1, "days") || scan.IsWord(i - 1, "weeks") || scan.IsWord(i - 1, "months")))
                return Tense.Future;
            return cue switch
            {
                Cue.Coming => Tense.Future,
                Cue.Past => Tense.Past,
                Cue.ComingUnlessOver => clause == Tense.Past && reading.HasVerb ? null : Tense.Future,
                _ => clause == Tense.Future && reading.HasVerb ? null : Tense.Past,
            };
        }
        return clause;
    }

    private const int WouldReach = 10;
    private const int MaxAside = 12; // "Storm Emma, moving up from the south-west, is expected to …"

    // The tense of the name's own verb when it is the subject, past an aside between commas: "Storm Ciara battered the
    // Pennines", "Super Bowl LII was played", "Storm Emma, moving up from the south-west, is expected to meet …",
    // "COP26 will bring 25,000 delegates"; null when no verb follows it at once.
    private static Tense? OwnPredicate(DateScan scan, KnownEventMention m, int end)
    {
        var i = m.LastToken + 1;
        if (i < end && scan.IsSymbol(i, ','))
        {
            var close = i + 1;
            while (close < end && close <= i + MaxAside && !scan.IsSymbol(close, ',') && !DateContext.IsClauseBreak(scan, close)) close++;
            if (close >= end || !scan.IsSymbol(close, ',')) return null;
            i = close + 1;
        }
        return PredicateTense(scan, i, end);
    }

    // The tense of the verb at the token: "will bring", "is expected to", "battered", "was played"; null when it tells
    // none or the future of a past moment ("was expected to hit").
    private static Tense? PredicateTense(DateScan scan, int i, int end)
    {
        if (i >= end || scan.Tokens[i].Kind != TokenKind.Word) return null;
        // "Super Bowl LIV comes to Miami this Sunday", "COP26 opens on Sunday": the present of taking place is a timetable.
        if (TakingPlaceVerbs.Contains(scan.Text(i)) && scan.Text(i).EndsWith('s')) return Tense.Future;
        if (scan.IsWord(i, "will") || scan.IsWord(i, "is") && i + 1 < end && (scan.IsWord(i + 1, "expected") || scan.IsWord(i + 1, "forecast")
            || scan.IsWord(i + 1, "due") || scan.IsWord(i + 1, "set") || scan.IsWord(i + 1, "to") || scan.IsWord(i + 1, "coming")))
            return Tense.Future;
        // "was expected to hit on Friday": the future of a past moment, either side of the story.
        if ((scan.IsWord(i, "was") || scan.IsWord(i, "were")) && i + 1 < end && (scan.IsWord(i + 1, "expected") || scan.IsWord(i + 1, "forecast")
            || scan.IsWord(i + 1, "due") || scan.IsWord(i + 1, "set") || scan.IsWord(i + 1, "to"))) return null;
        if (scan.IsWord(i, "was") || scan.IsWord(i, "were") || scan.IsWord(i, "had") || scan.IsWord(i, "has") && i + 1 < end && ClauseTense.IsPastVerb(scan, i + 1))
            return Tense.Past;
        return ClauseTense.IsPastVerb(scan, i) ? Tense.Past : null;
    }

    // Whether "would" follows the name in its sentence after a past verb before it.
    private static bool IsBackshifted(DateScan scan, KnownEventMention m, int first, int end)
    {
        var would = -1;
        for (var i = m.LastToken + 1; i < end && i <= m.LastToken + WouldReach; i++)
            if (scan.IsWord(i, "would")) { would = i; break; }
        if (would < 0) return false;
        for (var i = m.FirstToken - 1; i >= first; i--)
            if (ClauseTense.IsPastVerb(scan, i)) return true;
        return false;
    }
}
