using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Settles the publication date: the override, else the file's metadata, else inferred from the text.
/// Inference takes the day and month from "today, April 12" (or a dateline such as "LONDON, April 12 —");
/// the year is the earliest that puts every dated past-tense happening in the article before publication
/// ("In 2018, ICE sent …" is over, so 2019 or later). Without that anchor, a past date written with its weekday
/// ("voted on Monday, March 30") pins the day by the calendar, moved on by any later past "on Tuesday" of that week.
/// Without either, only the year is inferred.
/// </summary>
public sealed class PublicationDateResolver
{
    private const int LeadSentences = 2; // a lead's weekday: the first sentences of prose (after a byline line or two)
    private const int NearLeadSentences = 6;
    private const int FarBracketDays = 42; // beyond six weeks, a coming date is a plan rather than this week's deadline
    private const int MidtermReach = 6; // the story may come up to six days before the election it looks ahead to
    private const int WeekDays = 7;

    private readonly DateMentionFinder _finder = new();
    private readonly DateOnly _today;

    /// <summary>A resolver that takes today's date (UTC) as the latest possible publication day.</summary>
    public PublicationDateResolver() : this(DateOnly.FromDateTime(DateTime.UtcNow))
    {
    }

    /// <summary>A resolver for which <paramref name="today"/> is the latest possible publication day.</summary>
    internal PublicationDateResolver(DateOnly today) => _today = today;

    /// <summary>Returns the publication date, or null when nothing tells it.</summary>
    public PublicationDate? Resolve(ArticleDocument document, IReadOnlyList<Sentence> sentences, PartialDate? published)
    {
        var known = published ?? document.Published;
        if (known is { } d) return new PublicationDate(d, Inferred: false);
        return Resolve(document, _finder.Find(document.Body, sentences), published);
    }

    /// <summary>As above, reading the date mentions the event stage will read too (scanned once per article).</summary>
    internal PublicationDate? Resolve(ArticleDocument document, DateScan scan, PartialDate? published) =>
        Resolve(document, scan, published, out _);

    /// <summary>
    /// As above; <paramref name="eventsDay"/> is the day the events are read against when the answer is only a month
    /// ("earlier this month" after "Since March 1": the day after that happening), else null.
    /// </summary>
    internal PublicationDate? Resolve(ArticleDocument document, DateScan scan, PartialDate? published, out PublicationDate? eventsDay)
    {
        eventsDay = null;
        var known = published ?? document.Published;
        if (known is { } d) return new PublicationDate(d, Inferred: false);
        DateOnly? standIn = null;
        // "Goose Fair 2019: new rides …", "Cobalt Room to close after 13 years" (with "opened in 2011"): the headline's year.
        var headlineYear = HeadlineEditionYear.Find(document.Title) ?? AfterYearsYear.FromHeadline(document.Title, scan);
        var inferred = Infer(scan, _today, document.CopyrightYear, headlineYear, ref standIn, out var guessedYear);
        // "The committee acted today, June 13" and nothing else: today's year would be a guess (see GuessedYear).
        if (guessedYear && inferred is { } answer && GuessedYear.IsDefault(answer, _today)) return null;
        // "will close for good Sunday, Feb. 23": an eve the text does not tell is only a month; the events read against it.
        if (inferred is { Precision: DatePrecision.Day, Start: var eve } && UntoldStoryDay.Month(scan, eve) is { } month)
        {
            standIn ??= eve;
            inferred = month;
        }
        if (standIn is { } day) eventsDay = new PublicationDate(PartialDate.OfDay(day), Inferred: true);
        return inferred is { } date ? new PublicationDate(date, Inferred: true) : null;
    }

    // The chain's answer, its day the first that the text's hard evidence leaves among those its rules give (see
    // StoryDayChoice). A day from the dateline or "today, June 16" the evidence rules out ("voted on Friday, June 16" in a
    // story first put in 2026, when June 16 was a Monday): then the chain's answer within the days the evidence leaves,
    // when that one stands.
    private static PartialDate? Infer(DateScan scan, DateOnly today, int? copyright, int? headlineYear, ref DateOnly? eventsDay, out bool guessedYear)
    {
        var choice = new StoryDayChoice(() =>
        {
            var coming = ComingDatedHappening.Earliest(scan);
            if (coming is { } c && EarliestPossible(scan, IntervalYear.Find(scan), includeQuoted: true, today.Year) >= c) coming = null;
            return new StoryDayCheck(scan, coming, today.Year);
        });
        var first = Infer(scan, today, copyright, headlineYear, default, choice, ref eventsDay, out guessedYear);
        if (first is not { Precision: DatePrecision.Day, Start: var day }) return first;
        var check = choice.Check;
        if (!check.Contradicts(day) || check.Window(day, today) is not { } window) return first;
        DateOnly? standIn = null;
        var second = Infer(scan, today, copyright, headlineYear, window, choice, ref standIn, out var secondGuessed);
        if (second is { Precision: DatePrecision.Day, Start: var next } && !check.Contradicts(next))
        {
            eventsDay = standIn;
            guessedYear = secondGuessed;
            return second;
        }
        // A day the evidence rules out is no answer, even when no rule finds another: then the year of the nearest day on
        // which a date written with its weekday falls on it, else what the chain tells without a day (a month or a year:
        // "the first eclipse seen here since June 8, 1918" dates history, not the story).
        eventsDay = null;
        guessedYear = false;
        if (check.WeekdayYear(day, today) is { } year) return PartialDate.OfYear(year);
        DateOnly? monthDay = null;
        var withoutDay = Infer(scan, today, copyright, headlineYear, default, StoryDayChoice.NoDay, ref monthDay, out var withoutGuessed);
        // The dateline and "today, June 16" come before the day rules, so they still give a day, maybe the very one just
        // ruled out ("LONDON, June 16, 2023" with "closed on 9 August 2025"): only its year, when the evidence leaves one
        // of its days.
        if (withoutDay is { Precision: DatePrecision.Day, Start: var told })
            return AllowsYear(check, told.Year, today) ? PartialDate.OfYear(told.Year) : null;
        if (withoutDay is null) return null;
        eventsDay = monthDay;
        guessedYear = withoutGuessed;
        return withoutDay;
    }

    // Whether the evidence leaves some day of the year, up to today, as the story's.
    private static bool AllowsYear(StoryDayCheck check, int year, DateOnly today)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year && day <= today; day = day.AddDays(1))
            if (!check.Contradicts(day)) return true;
        return false;
    }

    private static PartialDate? Infer(DateScan scan, DateOnly today, int? copyright, int? headlineYear, DateWindow window, StoryDayChoice choice, ref DateOnly? eventsDay, out bool guessedYear)
    {
        var latestPossible = today;
        guessedYear = false;
        var anchorMention = FindAnchor(scan);
        var anchor = anchorMention?.Expression;
        if (anchor is { Year: > 0 } full) return PartialDate.OfDay(new DateOnly(full.Year, full.Month, full.Day));

        // A copyright notice's year is the page's: the story is of that year or before, so a happening "in 2027"
        // read as past was a tense misread, and the latest possible day is the notice year's last.
        if (copyright is { } notice && new DateOnly(notice, 12, 31) < today) today = new DateOnly(notice, 12, 31);
        var intervals = IntervalYear.Find(scan); // read once: both year bounds below use it
        var earliest = EarliestPossible(scan, intervals, includeQuoted: true, today.Year);
        // "Sales rose in 2026" in a 2026 story: what is over by the year's end may still be this year's news.
        if (earliest > today) earliest = new DateOnly(today.Year, 1, 1);
        // The days the text's hard evidence leaves, when a first answer fell outside them (see StoryDayCheck).
        earliest = DateWindow.Later(earliest, window.Low);
        if (window.High is { } high && high < today) today = high;
        // "the next increase takes effect July 1, 2026": the story came before a coming happening dated with its year
        // (unless that contradicts the finished ones, when one of the tenses was misread).
        // "The last day of classes for the 2024-25 school year is May 23" does the same.
        if (DateWindow.Earlier(ComingDatedHappening.Earliest(scan), SeasonSpanDay.Earliest(scan)) is { } coming && coming <= today
            && (earliest is not { } e1 || coming > e1))
            today = coming.AddDays(-1);
        // "opens its 2025 session Jan. 7": the story is in the year before that day (and before it, as above).
        DateOnly? floor = null; // the first day a coming named-year day allows, which the finished happenings do not tell
        if (ComingDatedHappening.NamedYearDay(scan) is { } namedDay && namedDay <= today && (earliest is not { } e6 || namedDay > e6))
        {
            today = namedDay.AddDays(-1);
            floor = namedDay.AddYears(-1).AddDays(1);
            if (earliest is not { } e7 || e7 < floor) earliest = floor;
        }
        // "budgets for the 2019-20 school year" are decided in the year before it starts, not years before.
        if (ComingSpan.Find(scan) is var (spanStart, spanFrom, startStated) && spanStart <= today && (earliest is not { } e4 || spanStart > e4))
        {
            today = spanStart.AddDays(-1);
            if (earliest is not { } e5 || e5 < spanFrom) earliest = spanFrom;
            if (startStated) floor = DateWindow.Later(floor, spanFrom); // "fiscal year 2025, which begins July 1": 2024
        }
        floor = DateWindow.Later(floor, CurrentSpan.Narrow(scan, ref earliest, ref today)); // "through the end of the 2020-21 school year"
        // "with the 2025 hurricane season starting Sunday": a season told as under way or to come is the story's year at the latest.
        if (OpenSeasonYear.Earliest(scan) is { } open && open < today.Year && (earliest is not { } e3 || open >= e3.Year)) today = new DateOnly(open, 12, 31);
        // "Super Bowl LII was played Sunday", "ahead of COP26": the known public events the narrative names bound the story.
        (earliest, today, var knownEarliest) = KnownEventBounds.Narrow(scan, earliest, today, out var knownDay);
        // "marks the 50th anniversary of the fire" with "the fire in 1976": the story's year, when the rest allows it.
        // It is the story's year at the latest too ("came less than a week after the first anniversary of Milton's Oct. 9,
        // 2024, landfall, and it marks …" is a 2025 story, whatever later year a weekday would fit). So is the year a
        // forecast is for ("now expects profit of £210m for 2024").
        var marked = AnniversaryYear.Find(scan, earliest?.Year ?? 1, today.Year) ?? ForecastYear.Find(scan, earliest?.Year ?? 1, today.Year)
            ?? IntervalStoryYear(intervals, earliest?.Year ?? 1, today.Year) ?? AgeThisYear.Find(scan, earliest?.Year ?? 1, today.Year)
            ?? YearsAgoYear.Find(scan, earliest?.Year ?? 1, today.Year)
            ?? LastYearBesideYear.Find(scan, earliest?.Year ?? 1, today.Year) // "Last year, the council approved … in May 2023"
            ?? AfterYearsYear.Find(scan, earliest?.Year ?? 1, today.Year) // "opened in 2011 … to close after 13 years"
            ?? (headlineYear >= (earliest?.Year ?? 1) && headlineYear <= today.Year ? headlineYear : null); // "Goose Fair 2019: new rides …"
        if (marked is { } markedYear)
        {
            if (earliest is not { } e0 || markedYear > e0.Year) earliest = new DateOnly(markedYear, 1, 1);
            if (markedYear < today.Year) today = new DateOnly(markedYear, 12, 31);
        }
        var years = new YearChoice(scan, earliest, today, copyright);
        guessedYear = GuessedYear.Is(scan, earliest, today != latestPossible || anchorMention is { } datelined && StoryWeekday(scan, datelined) is not null, marked);
        if (anchorMention is { } am && anchor is { } a)
        {
            // "takes effect today, Jan. 1" with "diners who ring in 2026": the turn of the year the narrative greets.
            if ((a.Month, a.Day) is (1, 1) or (12, 31) && NewYearGreeted.AnyGreetedYear(scan) is { } greetedYear
                && (a.Month == 1 ? greetedYear : greetedYear - 1) is var turn && turn > 1 && new DateOnly(turn, a.Month, a.Day) is var turnDay
                && turnDay <= today && (earliest is not { } e2 || turnDay >= e2)) return PartialDate.OfDay(turnDay);
            // "starting today, July 1 … the next increase takes effect July 1, 2026": the latest such day before the coming one.
            if (BeforeComing(scan, a.Month, a.Day, StoryWeekday(scan, am), earliest, today) is { } beforeComing) return PartialDate.OfDay(beforeComing);
            if (copyright is not null) return years.Latest(a.Month, a.Day, StoryWeekday(scan, am)) is { } dated ? PartialDate.OfDay(dated) : null;
            if (earliest is not { } bound) return years.Nearest(a.Month, a.Day, StoryWeekday(scan, am)) is { } near ? PartialDate.OfDay(near) : null;
            // "SAN FRANCISCO, Sept. 2 — Quillfeather said on Wednesday …": the earliest year consistent with the evidence
            // (the contract's rule: "has been shut several times since 2016" puts the story in the first later year in
            // which that day is the weekday the lead names); a bound from history ("opened in 1913") says nothing of the
            // story's time, so then the latest such year up to today; without a weekday (or if none fits), the first
            // year after the evidence.
            var weekday = StoryWeekday(scan, am);
            if (weekday is null && !years.IsHistory(bound) && AnchorWeekdayYear.Find(scan, a.Month, a.Day, bound, today) is { } pinnedByNear)
                return PartialDate.OfDay(pinnedByNear);
            if (weekday is { } named && years.IsHistory(bound))
            {
                for (var year = today.Year; year >= bound.Year; year--)
                {
                    if (!DateMentionFinder.IsValid(year, a.Month, a.Day)) continue;
                    var day = new DateOnly(year, a.Month, a.Day);
                    if (day <= today && day >= bound && day.DayOfWeek == named) return PartialDate.OfDay(day);
                }
            }
            DateOnly? firstFit = null;
            for (var year = bound.Year; year <= bound.Year + WeekdayCycle.Years; year++)
            {
                if (!DateMentionFinder.IsValid(year, a.Month, a.Day)) continue;
                var day = new DateOnly(year, a.Month, a.Day);
                if (day < bound) continue;
                if (day > today) break; // never after the latest possible day: the first year after the evidence then
                if (weekday is null || day.DayOfWeek == weekday) return PartialDate.OfDay(day);
                // "NEW YORK, Feb 21 (Reuters) - … filed for bankruptcy late on Tuesday": a happening late in the day the lead
                // names is the dateline's eve, so the first year that fits either way.
                if (day.AddDays(-1).DayOfWeek == weekday && LateInLeadWeekday(scan, am)) return PartialDate.OfDay(day);
                if (year <= bound.Year + 8) firstFit ??= day;
            }
            return firstFit is { } fit ? PartialDate.OfDay(fit) : null;
        }
        // The days the chain's rules give, each a candidate the text's evidence may rule out (see StoryDayChoice).
        // "turn their attention to tomorrow's coronation of King Charles III": a day one named event gives outranks the rules'.
        var rules = DayRules(scan, years, earliest, today, copyright, knownEarliest);
        if (knownDay is { } ownDay && ownDay <= today && (earliest is not { } e8 || ownDay >= e8)) rules = rules.Prepend(ownDay);
        if (choice.Pick(rules) is { } chosen) return PartialDate.OfDay(chosen);
        if (StoryMonth.Find(scan, earliest, today, copyright) is { } month)
        {
            eventsDay = month.EventsDay;
            return month.Month;
        }
        if (KnownEventBounds.Month(earliest, today, knownEarliest) is { } knownMonth) { eventsDay = earliest; return knownMonth; }
        if (copyright is { } noticeYear) return PartialDate.OfYear(Math.Min(noticeYear, today.Year));
        // "Seven years on from the 2019 fire": the year the story marks outranks the first after the finished happenings.
        if (marked is { } storyYear) return PartialDate.OfYear(storyYear);
        // Years inside quotations ("We knew about this in 2021") are the speaker's, not the narrative's. A bound from history
        // alone ("his father opened the store in 1961") says nothing of the story's time (see YearChoice.IsHistory): 1962
        // would be a guess, so no year.
        var finished = DateWindow.Later(KnownEventBounds.NotBefore(EarliestPossible(scan, intervals, includeQuoted: false, today.Year), knownEarliest) ?? earliest, floor);
        // Never after the latest possible day: "the board approved the plan on March 4, 2026" read as over in a 2026 story
        // puts the first later year in 2027, which has not come.
        return finished is { } any && !years.IsHistory(any) ? PartialDate.OfYear(Math.Min(any.Year, today.Year)) : null;
    }

    // The chain of day rules, most trusted first: each gives the story's day as its clue reads it, or nothing.
    private static IEnumerable<DateOnly> DayRules(DateScan scan, YearChoice years, DateOnly? earliest, DateOnly today, int? copyright, DateOnly? knownEarliest)
    {
        if (DatedYearsAgoToday.Find(scan, today) is { } datedYearsAgo) yield return datedYearsAgo;
        if (YearsAgoToday.Find(scan, today) is { } yearsAgo) yield return yearsAgo;
        if (CountdownTo.Find(scan, years, earliest) is { } countedDown) yield return countedDown;
        if (MarksSinceDate.Find(scan, years, today) is { } marksSince) yield return marksSince;
        if (IntervalBeforeDate.FromNeighbourDay(scan, years, earliest) is { } countedBack) yield return countedBack; // "published yesterday, a week before … on March 10"
        if (NewYearGreeted.Find(scan, today) is { } greeted) yield return greeted;
        if (TodayTakesEffect.Find(scan, earliest, today) is { } effective) yield return effective;
        if (HolidayToday.Find(scan) is { } holiday && HolidayYear(years, (holiday.Month, holiday.Day), ThisWeekday(scan) ?? holiday.Weekday, AfterEditions(holiday.Edition, earliest), copyright is null) is { } holidayDay) yield return holidayDay;
        if (MovingHolidayToday.Find(scan, earliest, today, copyright) is { } movingHoliday) yield return movingHoliday;
        if (HolidayWeekday.Find(scan, years, earliest, today, copyright) is { } holidayWeekday) yield return holidayWeekday;
        if (ElectionNeighbourDay.Find(scan, earliest, today) is { } electionDay) yield return electionDay;
        if (HolidayBesideWeekday.Find(scan, years, earliest, today, copyright) is { } holidayAfter) yield return holidayAfter;
        if (NeighbourDaySpelledOut.Find(scan, years) is { } dayAfter) yield return dayAfter;
        if (AnniversaryDay.Find(scan, years, earliest, today) is { } yearsOn) yield return yearsOn;
        if (AnniversaryWeekday.Find(scan, today) is { } anniversaryAfter) yield return anniversaryAfter;
        if (IntervalAnchor.Find(scan, years) is { } measured) yield return WeekdayBracket.StoryAfter(scan, measured, today);
        if (IntervalAfterKnownEvent.Find(scan) is { } afterKnown && afterKnown <= today) yield return afterKnown; // "Three weeks after Hurricane Milton made landfall, …"
        if (HappeningBefore.Find(scan, years, NearLeadSentences) is { } linked) yield return linked;
        if (TodayAfterHappening.Find(scan, years) is { } after) yield return after;
        if (CountdownTo.FindInTime(scan, years, earliest) is { } counted) yield return counted;
        if (FromAnniversary(scan, earliest) is { } anniversary) yield return anniversary;
        if (FromWeekdayDates(scan, years) is { } pinned) yield return DayAfterNamedWeekday.Of(scan, pinned, today);
        if (FromSchedule(scan, earliest) is { } scheduled) yield return AfterOwnWeekday(scan, scheduled, today);
        if (FromBirthday(scan) is { } birthday) yield return birthday;
        if (FromLeadWeekday(scan, years) is { } lead) yield return AfterOwnWeekday(scan, lead, today);
        if (IntervalBeforeDate.Find(scan, LeadPastWeekday(scan)?.Expression.Weekday, earliest, today) is { } measuredBack) yield return measuredBack;
        // "In a statement to Holyrood on Wednesday afternoon, she said …": a fronted weekday's clause verb comes after it;
        // "was sentenced Tuesday … is sentenced Thursday": the day between, when past and coming weekdays bracket it.
        if (DaysAway.Find(scan, years, WeekdayBracket.StoryWeekday(scan) ?? LeadPastWeekday(scan, requireVerb: false)?.Expression.Weekday) is { } away) yield return away;
        if (FromBracket(scan, years, earliest, today) is { } bracketed) yield return AfterOwnWeekday(scan, bracketed, today);
        if (WeekdayBracket.Find(scan, years, earliest, today) is { } between) yield return between; // "voted Tuesday … meets Thursday … the May 20 meeting next week"
        if (FromMidterm(scan, years) is { } election) yield return election;
        if (FromLatestPastDay(scan, years, earliest, today) is { } followed) yield return AfterOwnWeekday(scan, followed, today);
        if (KnownEventBounds.Week(earliest, today, knownEarliest, LeadPastWeekday(scan)?.Expression.Weekday) is { } knownWeek) yield return AfterOwnWeekday(scan, knownWeek, today);
    }

    // "Phoenix hit 118 degrees on Sunday, breaking the record for June 21": a rule that finds the day of the story's past
    // weekday has found the news, not the story: news never names its own day by weekday, so it ran the next day, even
    // when it says "today" ("set on Tuesday … trains are running slowly this morning" is Wednesday's story).
    private static DateOnly AfterOwnWeekday(DateScan scan, DateOnly day, DateOnly today) =>
        day < today && TellsPastWeekday(scan, day.DayOfWeek) && !TellsPastWeekday(scan, day.AddDays(1).DayOfWeek)
        ? day.AddDays(1) : day;

    // Whether the narrative tells the weekday in a finished clause ("closed on Sunday").
    private static bool TellsPastWeekday(DateScan scan, DayOfWeek weekday)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Weekday, Shift: DateShift.None } e && e.Weekday == weekday && !DateContext.IsInsideQuotation(scan, m)
                && ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true } && !AheadOfStory.Is(scan, m)) return true;
        return false;
    }

    // The latest day of the month and day (on the weekday, when given) before the earliest coming happening the narrative
    // dates with its year, up to today and after the finished happenings; null without such a coming happening.
    private static DateOnly? BeforeComing(DateScan scan, int month, int day, DayOfWeek? weekday, DateOnly? bound, DateOnly today)
    {
        if (ComingDatedHappening.Earliest(scan) is not { } coming) return null;
        var lowest = bound?.Year ?? coming.Year - WeekdayCycle.Years;
        for (var year = Math.Min(coming.Year, today.Year); year >= lowest; year--)
        {
            if (!DateMentionFinder.IsValid(year, month, day)) continue;
            var d = new DateOnly(year, month, day);
            if (d >= coming || d > today || bound is { } b && d < b || weekday is { } w && d.DayOfWeek != w) continue;
            return d;
        }
        return null;
    }

    // "voted on Monday night, March 30", "published on Wednesday 4 March": a date written with its weekday pins its
    // year (see YearChoice). The latest such past date is the day of the story, or a few days before it: a past
    // "on Tuesday" then names a day near it, later when it is up to four days on. A future one ("meets next Thursday, Oct. 22", "the window
    // shuts on Monday 2 February") says publication came before it, and the story's "on Thursday" is the last
    // Thursday before it: news is written as late as its evidence allows.
    private static DateOnly? FromWeekdayDates(DateScan scan, YearChoice years)
    {
        DateOnly? latestPast = null;
        DateOnly? before = null;
        DateOnly? weekOn = null; // a week before the "next Thursday, 23 April" that set the limit
        var toldDated = 0; // the weekdays of past dates written with their weekday, as bits
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var thing = false; // "before Friday's Christmas Day holiday": a thing a present clause looks to is coming
            if (!e.WeekdayStated && WeekdayNamedThing.DateOf(scan, m) is { } named)
            {
                e = named;
                thing = true;
            }
            if (!e.WeekdayStated || e.Day == 0) continue;
            var reading = ClauseTense.Of(scan, m);
            // "UP NEXT … Host Memphis on Monday, Nov. 23, at 7 p.m.", "Funeral: Friday, Oct. 9, 11 a.m.": a weekday and day
            // without a verb or a year is a listing of what comes; a stamp line has its year.
            var listed = !reading.HasVerb && e.Year == 0;
            var ahead = e.Shift == DateShift.Next || thing && reading.Tense != Tense.Past || IsLimit(scan, m) || DateContext.IsForecast(scan, m) || reading.Tense == Tense.Future || listed
                || LaterThisWeek.Is(scan, m);
            if (years.Pin(e, ahead ? (e.Shift == DateShift.Next ? 13 : 6) : 0) is not { } date) continue;
            if (ahead)
            {
                // "next Saturday, 28 November" names the Saturday of the week after the story's (weeks run Monday to
                // Sunday), so the story came on the Sunday before that week at the latest.
                var limit = e.Shift == DateShift.Next ? date.AddDays(-(((int)date.DayOfWeek + 6) % 7) - 1) : date.AddDays(-1);
                if (before is null || limit < before)
                {
                    before = limit;
                    weekOn = e.Shift == DateShift.Next ? date.AddDays(-WeekDays) : null;
                }
            }
            else
            {
                if (latestPast is null || date > latestPast) latestPast = date;
                // "peaked on Sunday, October 20 … worked through Sunday night and into yesterday": a sentence that names
                // the weekday beside "yesterday" tells two days, so the dated one is not the story's yesterday. Nor is a
                // day told in the past perfect ("the storm hit yesterday … Met Eireann had upgraded its warning on Sunday,
                // January 12"): it lies before the news the story reports.
                if (!NextToNeighbourDay(scan, m) && (PluperfectClause.Is(scan, m) || BesideYesterday(scan, date.DayOfWeek))) toldDated |= 1 << (int)date.DayOfWeek;
            }
        }
        if (latestPast is null && before is null) return null;
        if (latestPast is { } lp && before is { } bf && bf < lp) before = null; // contradictory: trust the past

        DateOnly? result = latestPast;
        var pastWeekdays = 0; // with only a coming limit: the past weekdays told, as bits
        var storyWeekdays = 0; // those not told in the past perfect, which may be the story's own day
        var told = toldDated; // every past weekday told, as bits
        DayOfWeek? leadWeekday = null;
        var toldInLead = false; // the first past weekday is the lead's happening
        var toldByYesterday = false; // a past weekday is told in or before the sentence of the first "yesterday"
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || DateContext.IsInsideQuotation(scan, m) || IsLimit(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            // "from midnight on Thursday into Friday" has no verb: it tells nothing of what is over; "canceled classes
            // through Thursday" ends a span that may still run; "Thursday evening's event had been postponed" names
            // a day's plan, which may lie ahead.
            if (reading.Tense != Tense.Past || !reading.HasVerb || DateContext.IsSpanOrPeriodEnd(scan, m)
                || DateContext.IsWrittenPossessive(scan, m) || AheadOfStory.Is(scan, m)) continue;
            told |= 1 << (int)e.Weekday;
            DateOnly day;
            if (latestPast is { } lp2 && before is { } b2 && b2.DayNumber - lp2.DayNumber > FarBracketDays)
            {
                // A far future date ("its last performance on Saturday 31 January", months on) says little of the
                // story's day; the dated past happening is the news it follows, so the first such weekday after it.
                day = lp2.AddDays(((int)e.Weekday - (int)lp2.DayOfWeek + 7) % 7);
                if (day > b2) continue;
            }
            else if (before is not null && latestPast is null)
            {
                pastWeekdays |= 1 << (int)e.Weekday;
                if (m.Sentence <= FirstYesterdaySentence(scan)) toldByYesterday = true;
                if (!PluperfectClause.Is(scan, m)) storyWeekdays |= 1 << (int)e.Weekday;
                if (leadWeekday is null && m.Sentence <= LeadSentences && m.Sentence < FirstYesterdaySentence(scan)) toldInLead = true;
                leadWeekday ??= e.Weekday;
                continue;
            }
            else if (before is { } b)
            {
                day = b.AddDays(-(((int)b.DayOfWeek - (int)e.Weekday + 7) % 7));
                if (latestPast is { } p && day < p) continue;
            }
            else
            {
                // The nearest such weekday: "posted Friday, Nov. 20 … stood at 80 feet on Thursday" is the day before,
                // "voted on Monday, March 30 … signed it on Tuesday" the day after.
                var p = latestPast!.Value;
                var ahead = ((int)e.Weekday - (int)p.DayOfWeek + 7) % 7;
                day = p.AddDays(ahead <= 4 ? ahead : ahead - 7);
                // "walked off the job Monday, Jan. 12 … the agency had invited both sides to a session on Thursday": a
                // clause in the past perfect tells of a time before the story's, so it never moves the story on ("had
                // raised £8,000 by Tuesday afternoon" tells how things stood on that day, which may be the story's).
                if (day > p && PluperfectClause.Is(scan, m) && !scan.IsWord(m.FirstToken - 1, "by")) continue;
            }
            if (result is null || day > result) result = day;
        }
        if (pastWeekdays != 0 && before is { } last)
        {
            result = TightestWeek(pastWeekdays, storyWeekdays != 0 ? storyWeekdays : pastWeekdays, leadWeekday!.Value, last);
            // "he had spoken to the club's owners on Friday" and no other weekday: the story came after that day.
            if (storyWeekdays == 0 && result < last) result = result.Value.AddDays(1);
            // "died Monday … On Tuesday, the city began closing trails … around Thursday's Fourth of July holiday": news never
            // names its own day by weekday, so the story comes after the weekdays it tells, up to the coming day (and
            // before a coming weekday it tells: "braced for stronger winds on Saturday").
            var coming = ComingWeekdays(scan);
            while (result is { } r1 && r1 < last && (pastWeekdays & (1 << (int)r1.DayOfWeek)) != 0
                   && (coming & (1 << (int)r1.AddDays(1).DayOfWeek)) == 0) result = r1.AddDays(1);
        }
        // Only coming days told ("Tuesday 24 November", "next Saturday"): news is written as late as its evidence allows.
        else if (result is null && before is { } limitOnly)
        {
            result = BeforeComingWeekdays(scan, limitOnly);
            // Without a past weekday either, a coming "next Thursday, 23 April" is most often a week on from the story's day.
            if (weekOn is { } weekBefore && weekBefore < result) return weekBefore;
        }
        // "will be laid to rest tomorrow … Funeral Mass will take place on Thursday, February 8": with nothing past dated,
        // the narrative's tomorrow is the coming dated day, so the story is the day before it.
        if (latestPast is null && before is { } eve && weekOn is null && TellsTomorrow(scan)) return eve;
        // "sent the ground into raptures yesterday", "after last night's curtain call": a story told from the day after
        // its happening: the day after its latest dated happening, else as late as the evidence allows.
        if (TellsYesterday(scan))
        {
            if (latestPast is { } lp4 && result == lp4) result = lp4.AddDays(1);
            // "Douglas Ferrie, who died yesterday" with "Died: 29 September 2026", a funeral "on Thursday 8 October" to
            // come: the yesterday is the latest dated happening, in the fortnight before the coming day.
            else if (latestPast is null && before is { } limit && TodayAfterHappening.LatestPastDay(scan, years) is { } dated
                     && dated < limit && limit.DayNumber - dated.DayNumber <= 2 * WeekDays) result = dated.AddDays(1);
            // "Staff were told at a town hall meeting on Wednesday morning … Union leaders reacted with anger to yesterday's
            // announcement", "the Budget next Wednesday, November 25": a lead that tells its news by weekday before any
            // "yesterday" names the happening the story later calls yesterday's, so the story is the day after it (a
            // weekday told after the lead's "yesterday" is an older day: "raptures yesterday … injured on Thursday").
            else if (latestPast is null && before is { } limit3 && toldInLead && leadWeekday is { } lw && limit3.DayOfWeek != lw)
                return limit3.AddDays(-(((int)limit3.DayOfWeek - (int)lw + 7) % 7)).AddDays(1);
            // Without a dated happening, it came as late as the coming day allows ("hosting Wigan next Saturday, 28
            // November"; "injured on Thursday", told after the lead's "yesterday", is background). A past weekday told with
            // "yesterday" or before it is part of the news it leads to, an older day, so the story is the first day after
            // both ("the strike began on Tuesday and ended yesterday … resumes on Monday, October 29": Thursday).
            else if (latestPast is null && !toldByYesterday && before is { } limit2 && (result is not { } r0 || limit2 > r0)) result = limit2;
            // A story that says "yesterday" names older days by weekday ("pulled from the sea on Saturday"), so the day
            // before the story is not one of them.
            for (var i = 0; i < 2 && result is { } r && (told & (1 << (int)r.AddDays(-1).DayOfWeek)) != 0 && (before is not { } b || r < b); i++)
                result = r.AddDays(1);
        }
        // "suspended on Boxing Day (Thursday, December 26) … a reduced service is running today (Friday)": the story's own
        // weekday, named beside its today, is the first such day from the latest dated happening (else the nearest).
        if (result is { } found && TodayWeekdayNamed.Find(scan) is { } own && found.DayOfWeek != own)
        {
            if (latestPast is { } from) result = from.AddDays(((int)own - (int)from.DayOfWeek + 7) % 7);
            else
            {
                var ahead = ((int)own - (int)found.DayOfWeek + 7) % 7;
                result = found.AddDays(ahead <= 3 ? ahead : ahead - 7);
            }
            // "appeared yesterday (Tuesday) … will be sentenced on Monday (October 16)": past the coming day, the story's
            // weekday is the last one before it.
            if (before is { } cap && result > cap)
            {
                var ownBefore = cap.AddDays(-(((int)cap.DayOfWeek - (int)own + 7) % 7));
                result = latestPast is { } lp5 && ownBefore < lp5 ? found : ownBefore;
            }
        }
        return result;
    }

    // The bare weekdays the narrative tells as coming ("braced for stronger winds on Saturday"), as bits.
    private static int ComingWeekdays(DateScan scan)
    {
        var bits = 0;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m).Tense == Tense.Future || AheadOfStory.Is(scan, m)) bits |= 1 << (int)e.Weekday;
        }
        return bits;
    }

    // "That game, on Tuesday 24 November, kicks off at 7.45pm … Barkworth would be assessed on Monday": a coming weekday
    // told beside a coming dated day lies in the same days ahead, at the latest on that day, so the story came before it.
    private static DateOnly BeforeComingWeekdays(DateScan scan, DateOnly limit)
    {
        var result = limit;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m).Tense != Tense.Future && !AheadOfStory.Is(scan, m)) continue;
            // The latest such weekday up to the dated day (the limit's next day).
            var coming = limit.AddDays(1).AddDays(-(((int)limit.AddDays(1).DayOfWeek - (int)e.Weekday + 7) % 7));
            if (coming.AddDays(-1) < result) result = coming.AddDays(-1);
        }
        return result;
    }

    // "crashed ashore early Wednesday … had ordered evacuations on Monday … left on Tuesday afternoon", with schools shut
    // "through Tuesday, Sept. 8": the past weekdays a story tells lie in the few days up to its own, so its day is the
    // told weekday, up to the limit, after which the others lie closest behind it; on a tie, the lead's weekday, then the later.
    // A weekday told in the past perfect ("had spoken … on Thursday") lies before the story's happening: not a candidate.
    private static DateOnly TightestWeek(int weekdays, int candidates, DayOfWeek lead, DateOnly limit)
    {
        DateOnly best = default;
        var bestSpan = int.MaxValue;
        for (var back = 0; back < 7; back++)
        {
            var day = limit.AddDays(-back);
            if ((candidates & (1 << (int)day.DayOfWeek)) == 0) continue;
            var span = 0;
            for (var w = 0; w < 7; w++)
                if ((weekdays & (1 << w)) != 0) span = Math.Max(span, ((int)day.DayOfWeek - w + 7) % 7);
            if (span < bestSpan || span == bestSpan && day.DayOfWeek == lead && best.DayOfWeek != lead)
            {
                best = day;
                bestSpan = span;
            }
        }
        return best;
    }

    // Whether a "yesterday", "today", "tomorrow" or "last night" stands right before the date ("yesterday (Sunday, April 6)").
    private static bool NextToNeighbourDay(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - 3; i--)
            if (scan.IsWord(i, "yesterday") || scan.IsWord(i, "today") || scan.IsWord(i, "tomorrow") || scan.IsWord(i, "night")) return true;
        return false;
    }

    // Whether a narrative sentence names the weekday and "yesterday" both ("through Sunday night and into yesterday").
    private static bool BesideYesterday(DateScan scan, DayOfWeek weekday)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: -1, FromPrevious: false }
                || DateContext.IsInsideQuotation(scan, mentions[i]) || !scan.IsWord(mentions[i].FirstToken, "yesterday")) continue;
            var sentence = mentions[i].Sentence;
            for (var j = i - 1; j >= 0 && mentions[j].Sentence == sentence; j--)
                if (mentions[j].Expression is { Form: DateForm.Weekday, Shift: DateShift.None } e && e.Weekday == weekday) return true;
            for (var j = i + 1; j < mentions.Count && mentions[j].Sentence == sentence; j++)
                if (mentions[j].Expression is { Form: DateForm.Weekday, Shift: DateShift.None } e && e.Weekday == weekday) return true;
        }
        return false;
    }

    // Whether the narrative says "tomorrow" (not a speaker's).
    private static bool TellsTomorrow(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: 1, FromPrevious: false } && !DateContext.IsInsideQuotation(scan, m))
                return true;
        return false;
    }

    // A past "yesterday" or "last night" in the narrative (not a speaker's).
    private static bool TellsYesterday(DateScan scan) => FirstYesterdaySentence(scan) < int.MaxValue;

    // The sentence of the narrative's first "yesterday" or "last night", else int.MaxValue.
    private static int FirstYesterdaySentence(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: -1, FromPrevious: false } && !DateContext.IsInsideQuotation(scan, m))
                return m.Sentence;
        return int.MaxValue;
    }

    // "a warning in force until 18:00 GMT on Friday 16 January", "can arrive through Saturday", "lows of minus 8 by
    // Wednesday, Nov. 18": a limit lies ahead of the story, whatever tense the clause around it has.
    internal static bool IsLimit(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        // "had raised more than £8,000 by Tuesday afternoon": in a finished clause, "by" tells how things stood on that
        // day, which is the story's own or before it.
        if (i >= first && scan.IsWord(i, "by")) return ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true };
        for (; i >= first && i >= m.FirstToken - 6; i--)
        {
            if (scan.IsWord(i, "until") || scan.IsWord(i, "till") || scan.IsWord(i, "through") || scan.IsWord(i, "thru")) return true;
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Word && !DateWords.TimeOfDayWords.Contains(scan.Text(i))) return false;
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is not (':' or '.')) return false;
        }
        return false;
    }

    // "US stocks rose after the Fed left rates unchanged on Wednesday … at the end of its March 17-18 meeting": with
    // nothing else to go by, the lead's past weekday is the day of a past month-and-day told near it (a span's last
    // day), in the year nearest the article's own in which that day is that weekday.
    private static DateOnly? FromLeadWeekday(DateScan scan, YearChoice years)
    {
        if (LeadPastWeekday(scan) is not { } leadMention) return null;
        var w = leadMention.Expression.Weekday;
        var leadSentence = leadMention.Sentence;
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence > NearLeadSentences) break;
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0, WeekdayStated: false }) continue;
            if (DateContext.IsInsideQuotation(scan, m) || DateContext.IsSpanOrPeriodEnd(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Past || !reading.HasVerb) continue;
            // Only a span of days ("its March 17-18 meeting") or a date in the lead's own sentence is the lead's happening.
            var spanEnd = SpanEndDay(scan, m);
            if (spanEnd is null && m.Sentence != leadSentence) continue;
            var day = spanEnd ?? e.Day;
            if (years.Nearest(e.Month, day, w) is { } found) return found;
        }
        return null;
    }

    // "compared with Boxing Day 2022": the holiday's earlier editions named by year are over, so the story's comes after.
    private static DateOnly? AfterEditions(int? latestEdition, DateOnly? bound)
    {
        if (latestEdition is not { } edition || edition >= 9999) return bound;
        var after = new DateOnly(edition + 1, 1, 1);
        return bound is { } b && b > after ? b : after;
    }

    // The holiday's day in the year that fits, never before the finished happenings ("opened in 2025" puts a New Year's
    // Day story in 2026 at the earliest). Without a copyright notice to go by, the first such day after them: a holiday
    // story is written for the first holiday after what it tells as over ("approved in November 2022 … will open in
    // September 2024" is a St David's Day story of 2023), as a weekday's date is read (see YearChoice).
    private static DateOnly? HolidayYear(YearChoice years, (int Month, int Day) holiday, DayOfWeek? weekday, DateOnly? bound, bool firstAfterBound)
    {
        // "the parade, first held in 1954": a bound from history leaves the latest such holiday up to today.
        if (bound is { } old && years.IsHistory(old)) return years.Latest(holiday.Month, holiday.Day, weekday);
        if (firstAfterBound && bound is { } first)
        {
            for (var year = first.Year; year <= first.Year + WeekdayCycle.Years; year++)
                if (DateMentionFinder.IsValid(year, holiday.Month, holiday.Day) && new DateOnly(year, holiday.Month, holiday.Day) is var d
                    && d >= first && (weekday is not { } w0 || d.DayOfWeek == w0)) return years.NotAfterToday(d);
        }
        if (years.Nearest(holiday.Month, holiday.Day, weekday) is not { } day) return null;
        if (bound is not { } b || day >= b) return day;
        for (var year = b.Year; year <= b.Year + WeekdayCycle.Years; year++)
            if (DateMentionFinder.IsValid(year, holiday.Month, holiday.Day) && new DateOnly(year, holiday.Month, holiday.Day) is var later
                && later >= b && (weekday is not { } w || later.DayOfWeek == w)) return later;
        return day;
    }

    // "a fault reported at 5.40am this Thursday", "running today (Friday)": a narrative weekday said to be this week's, or
    // named beside the story's today, is the story's own day.
    private static DayOfWeek? ThisWeekday(DateScan scan)
    {
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Weekday, Shift: DateShift.This } e && !DateContext.IsInsideQuotation(scan, m)) return e.Weekday;
        return TodayWeekdayNamed.Find(scan);
    }

    // The lead's past weekday ("The White House on Tuesday withdrew …"): the first in the opening sentences of the narrative.
    private static DateMention? LeadPastWeekday(DateScan scan, bool requireVerb = true)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence > LeadSentences) break;
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || DateContext.IsInsideQuotation(scan, m) || AheadOfStory.Is(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense == Tense.Past && (reading.HasVerb || !requireVerb)) return m;
        }
        return null;
    }

    // "March 17-18": the last day of a span of days.
    private static int? SpanEndDay(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var dash = m.LastToken + 1;
        if (dash + 1 >= end || !(scan.IsSymbol(dash, '-') || scan.IsSymbol(dash, '–')) || scan.Tokens[dash + 1].Kind != TokenKind.Number) return null;
        return int.TryParse(scan.Text(dash + 1), out var day) && day > m.Expression.Day && day <= 31 ? day : null;
    }

    // A match report: "won on Saturday night" … "plays at Denver on Wednesday, then hosts Dallas on May 2". A coming
    // schedule (a future weekday, then a dated fixture) is near, so the story's past weekday is the last one before
    // it that leaves the scheduled weekday in between; the year is the first from the evidence on where that fits.
    private static DateOnly? FromSchedule(DateScan scan, DateOnly? bound)
    {
        if (bound is not { } b) return null;
        DayOfWeek? story = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || DateContext.IsInsideQuotation(scan, m) || AheadOfStory.Is(scan, m)) continue;
            if (ClauseTense.Of(scan, m).Tense != Tense.Past) continue;
            story = e.Weekday;
            break;
        }
        if (story is not { } w) return null;
        var mentions = scan.Mentions;
        for (var i = 1; i < mentions.Count; i++)
        {
            var d = mentions[i];
            var e = d.Expression;
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0 } || e.WeekdayStated) continue;
            if (DateContext.IsInsideQuotation(scan, d) || ClauseTense.Of(scan, d).Tense != Tense.Future) continue;
            var before = mentions[i - 1];
            if (before.Sentence != d.Sentence || before.Expression.Form != DateForm.Weekday || before.Expression.Shift is DateShift.Last
                || ClauseTense.Of(scan, before).Tense != Tense.Future) continue;
            var next = before.Expression.Weekday;
            for (var year = b.Year - 1; year <= b.Year + 8; year++)
            {
                if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
                var fixture = new DateOnly(year, e.Month, e.Day);
                var day = fixture.AddDays(-1);
                day = day.AddDays(-(((int)day.DayOfWeek - (int)w + 7) % 7));
                var gap = ((int)next - (int)w + 7) % 7;
                if (gap == 0) gap = 7;
                if (day.AddDays(gap) >= fixture || day < b) continue;
                return day;
            }
            return null;
        }
        return null;
    }

    // "hackers got in on Aug. 28 … claimed it on Sept. 3 … disclosed the breach on Wednesday … will mail letters on
    // Sept. 14": the story's past weekday falls after the latest past month-and-day and before the earliest coming
    // one; the year is the first that fits after the evidence (see YearChoice.Candidates).
    private static DateOnly? FromBracket(DateScan scan, YearChoice years, DateOnly? bound, DateOnly today)
    {
        DayOfWeek? story = null;
        (int Month, int Day)? past = null, coming = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (DateContext.IsInsideQuotation(scan, m) || DateContext.IsSpanOrPeriodEnd(scan, m)) continue;
            if (e is { Form: DateForm.Weekday, Shift: DateShift.None })
            {
                var r = ClauseTense.Of(scan, m);
                if (story is null && r.Tense == Tense.Past && r.HasVerb && !AheadOfStory.Is(scan, m)) story = e.Weekday;
                continue;
            }
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0, WeekdayStated: false }) continue;
            var reading = ClauseTense.Of(scan, m);
            if (!reading.HasVerb) continue;
            if (reading.Tense == Tense.Past)
            {
                var last = (e.Month, SpanEndDay(scan, m) ?? e.Day);
                if (past is null || last.CompareTo(past.Value) > 0) past = last;
            }
            else if (coming is null || (e.Month, e.Day).CompareTo(coming.Value) < 0) coming = (e.Month, e.Day);
        }
        if (story is not { } w || past is not { } p || coming is not { } c || c.CompareTo(p) <= 0) return null;
        foreach (var year in years.Candidates())
        {
            if (!DateMentionFinder.IsValid(year, p.Month, p.Day) || !DateMentionFinder.IsValid(year, c.Month, c.Day)) continue;
            var after = new DateOnly(year, p.Month, p.Day);
            var before = new DateOnly(year, c.Month, c.Day);
            if (before.DayNumber - after.DayNumber > FarBracketDays) return null;
            var day = before.AddDays(-1);
            day = day.AddDays(-(((int)day.DayOfWeek - (int)w + 7) % 7));
            if (day < after || day > today || bound is { } b && day < b) continue;
            // News names the days of the coming week by weekday and later ones by date (AP style), so a coming day told
            // by its date is most often a week or more away: the last such weekday a week before it, when that still
            // falls after the past date.
            var weekEarlier = day.AddDays(-7);
            return before.DayNumber - day.DayNumber < WeekDays && weekEarlier >= after && (bound is not { } b2 || weekEarlier >= b2) ? weekEarlier : day;
        }
        return null;
    }

    // "won the governor's race in Tuesday's midterm elections … the AP called it at 1:14 a.m. Wednesday", "stocks fell
    // Monday … as traders weighed Tuesday's midterm elections": the story's past weekday is the one nearest the
    // election day (a clause around the election says little of which side of it the story stands).
    private static DateOnly? FromMidterm(DateScan scan, YearChoice years)
    {
        var election = false;
        DayOfWeek? story = null;
        foreach (var m in scan.Mentions)
        {
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            if (ElectionDay.IsMidterm(scan, m))
            {
                election = true;
                continue;
            }
            if (story is not null || m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } || IsLimit(scan, m)
                || DateContext.IsPossessiveWeekday(scan, m)) continue;
            var r = ClauseTense.Of(scan, m);
            if (r.Tense == Tense.Past && r.HasVerb && !DateContext.IsSpanOrPeriodEnd(scan, m) && !AheadOfStory.Is(scan, m)) story = m.Expression.Weekday;
        }
        if (!election || story is not { } w || years.Midterm(MidtermReach) is not { } day) return null;
        var ahead = ((int)w - (int)day.DayOfWeek + 7) % 7;
        return ahead == 0 ? day : day.AddDays(ahead <= 3 ? ahead : ahead - 7);
    }

    // "signed the bill on Tuesday" … "the Senate passed it Sept. 10": with nothing closer to go by, the story's past
    // weekday is the first such day on or after the latest past month-and-day it tells (news follows its latest dated
    // happening), in the first year that fits after the evidence (see YearChoice.Candidates).
    private static DateOnly? FromLatestPastDay(DateScan scan, YearChoice years, DateOnly? bound, DateOnly today)
    {
        DayOfWeek? story = null;
        var told = 0; // every past weekday told, as bits
        (int Month, int Day)? past = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (DateContext.IsInsideQuotation(scan, m) || DateContext.IsSpanOrPeriodEnd(scan, m) || IsLimit(scan, m)) continue;
            if (e is { Form: DateForm.Weekday, Shift: DateShift.None })
            {
                var r = ClauseTense.Of(scan, m);
                if (r.Tense == Tense.Past && r.HasVerb && !DateContext.IsPossessiveWeekday(scan, m) && !AheadOfStory.Is(scan, m))
                {
                    story ??= e.Weekday;
                    told |= 1 << (int)e.Weekday;
                }
                continue;
            }
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0, WeekdayStated: false }) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Past || !reading.HasVerb) continue;
            if (past is null || (e.Month, e.Day).CompareTo(past.Value) > 0) past = (e.Month, e.Day);
        }
        if (story is not { } w || past is not { } p) return null;
        foreach (var year in years.Candidates())
        {
            if (!DateMentionFinder.IsValid(year, p.Month, p.Day)) continue;
            var after = new DateOnly(year, p.Month, p.Day);
            var gap = ((int)w - (int)after.DayOfWeek + 7) % 7;
            var day = after.AddDays(gap);
            // "A first attempt on 26 February was halted … a second, on Monday, was called off … lifted off on
            // Thursday": the other weekdays told lie after the dated happening too, so the story's day is a week on. A
            // happening dated by month and day is not the one told by that same weekday either: news names the days of
            // the story's own week by weekday, and older ones by date.
            if ((gap == 0 || !AllAfter(told, day, after)) && day.AddDays(7) <= today) day = day.AddDays(7);
            if (day > today || bound is { } b && day < b) continue;
            return day;
        }
        return null;
    }

    // Whether every weekday told, taken as the latest such day up to the story's day, falls on or after the dated happening.
    private static bool AllAfter(int weekdays, DateOnly story, DateOnly happening)
    {
        for (var w = 0; w < 7; w++)
            if ((weekdays & (1 << w)) != 0 && story.AddDays(-(((int)story.DayOfWeek - w + 7) % 7)) < happening) return false;
        return true;
    }

    // "his arrest on June 11, 2024 — two years to the day before his sentencing", with the sentencing told as "on
    // Thursday": the day N years on is the story's day when it falls on the weekday the story's past happening names.
    private static DateOnly? FromAnniversary(DateScan scan, DateOnly? bound)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 }) continue;
            if (YearsToTheDay(scan, m) is not { } years) continue;
            var year = e.Year + years;
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (bound is { } b && day < b) continue;
            if (HasPastBareWeekday(scan, day.DayOfWeek)) return day;
        }
        return null;
    }

    // "… — two years to the day before …" right after the date: the other happening is that many years later.
    private static int? YearsToTheDay(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var i = m.LastToken + 1;
        while (i < end && i <= m.LastToken + 2 && scan.Tokens[i].Kind == TokenKind.Symbol) i++;
        if (i + 5 >= end) return null;
        int count;
        if (scan.IsWord(i, "a") || scan.IsWord(i, "one")) count = 1;
        else if (scan.Tokens[i].Kind == TokenKind.Number && int.TryParse(scan.Text(i), out var n)) count = n;
        else if (!DateWords.NumberWords.TryGetValue(scan.Text(i), out count)) return null;
        if (!(scan.IsWord(i + 1, "years") || scan.IsWord(i + 1, "year")) || !scan.IsWord(i + 2, "to") || !scan.IsWord(i + 3, "the")
            || !scan.IsWord(i + 4, "day")) return null;
        if (count is <= 0 or > 200) return null;
        return scan.IsWord(i + 5, "before") ? count : null;
    }

    private static bool HasPastBareWeekday(DateScan scan, DayOfWeek weekday)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || e.Weekday != weekday || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m).Tense == Tense.Past && !AheadOfStory.Is(scan, m)) return true;
        }
        return false;
    }

    // "He would have turned 85 today" with "born on Sept. 7, 1941": today is the birthday, 85 years on.
    private static DateOnly? FromBirthday(DateScan scan)
    {
        int? age = null;
        foreach (var m in scan.Mentions)
        {
            if (!m.Expression.IsToday) continue;
            var (first, _) = scan.TokensOf(m.Sentence);
            var n = m.FirstToken - 1;
            if (n - 1 < first || scan.Tokens[n].Kind != TokenKind.Number) continue;
            if (!(scan.IsWord(n - 1, "turned") || scan.IsWord(n - 1, "turns") || scan.IsWord(n - 1, "turn"))) continue;
            if (int.TryParse(scan.Text(n), out var years) && years is > 0 and < 130) age = years;
        }
        if (age is not { } a) return null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 }) continue;
            var (first, _) = scan.TokensOf(m.Sentence);
            var born = false;
            for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - 3 && !born; i--) born = scan.IsWord(i, "born");
            if (!born) continue;
            var year = e.Year + a;
            return DateMentionFinder.IsValid(year, e.Month, e.Day) ? new DateOnly(year, e.Month, e.Day) : new DateOnly(year, 3, 1);
        }
        return null;
    }

    private static DateMention? FindAnchor(DateScan scan)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Expression is { Form: DateForm.Calendar, Month: > 0, Day: > 0 } && DateContext.IsDateline(scan, m)) return m;
            // "a week today (Saturday 14 March)" counts to the date rather than naming today's; "a year ago today (14 March
            // 2025)" counts back from it.
            if (!m.Expression.IsToday || CountFromToday.IsBase(scan, m) || YearsAgoToday.CountsBack(scan, m)) continue;
            if (i > 0 && DateContext.IsTodaySpelledOut(scan, m, mentions[i - 1])) return mentions[i - 1];
            if (i + 1 < mentions.Count && DateContext.IsTodaySpelledOut(scan, m, mentions[i + 1])) return mentions[i + 1];
        }
        return null;
    }

    // The weekday of the story's day: written with the anchor ("today, Tuesday, April 12"), or the past "on
    // Wednesday" of the anchor's own sentence (a dateline's lead tells the day's news).
    private static DayOfWeek? StoryWeekday(DateScan scan, DateMention anchor)
    {
        if (anchor.Expression.WeekdayStated) return anchor.Expression.Weekday;
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence != anchor.Sentence) continue;
            var e = m.Expression;
            if (e.Form != DateForm.Weekday || e.Shift != DateShift.None || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m).Tense == Tense.Past && !AheadOfStory.Is(scan, m)) return e.Weekday;
        }
        return null;
    }

    // Whether the weekday the anchor's sentence tells (not one written with the date) is told late in its day: "late on
    // Tuesday", "late Tuesday", "on Tuesday night", "Tuesday evening".
    private static bool LateInLeadWeekday(DateScan scan, DateMention anchor)
    {
        if (anchor.Expression.WeekdayStated) return false;
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence < anchor.Sentence) continue;
            if (m.Sentence > anchor.Sentence) break;
            if (m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None }) continue;
            var (first, end) = scan.TokensOf(m.Sentence);
            var before = m.FirstToken - 1;
            if (before >= first && scan.IsWord(before, "on")) before--;
            if (before >= first && scan.IsWord(before, "late")) return true;
            var after = m.LastToken + 1;
            if (after < end && (scan.IsWord(after, "night") || scan.IsWord(after, "evening"))) return true;
        }
        return false;
    }

    // "convened Jan. 14 for the 2025 session": a bare year between a determiner and a noun names a thing, not the time of
    // a clause whose time another date tells ("won the 2024 election" is told by its year alone: over by the year's end).
    internal static bool NamesThingByYear(DateScan scan, DateMention m)
    {
        if (m.Expression.Month != 0 || m.FirstToken != m.LastToken || !HasDayBeside(scan, m)) return false;
        var (first, end) = scan.TokensOf(m.Sentence);
        var before = m.FirstToken - 1;
        var next = m.LastToken + 1;
        if (before < first || next >= end || !YearToken.NounFollows(scan, next)) return false;
        return scan.IsWord(before, "the") || scan.IsWord(before, "its") || scan.IsWord(before, "their") || scan.IsWord(before, "his")
            || scan.IsWord(before, "her") || scan.IsWord(before, "our") || scan.IsWord(before, "this") || scan.IsWord(before, "a");
    }

    // Whether another mention of the sentence tells a day ("Jan. 14", "Tuesday", "yesterday").
    private static bool HasDayBeside(DateScan scan, DateMention m)
    {
        foreach (var other in scan.Mentions)
        {
            if (other.Sentence < m.Sentence) continue;
            if (other.Sentence > m.Sentence) break;
            if (other.FirstToken != m.FirstToken && other.Expression.IsDayOrWeek) return true;
        }
        return false;
    }

    // "The vote comes a little more than a year after the plan was shelved in November 2024": the story's year (see
    // IntervalYear), when the rest allows it.
    private static int? IntervalStoryYear(IntervalYear.Reading? intervals, int lowest, int highest) =>
        intervals is { StoryYear: { } year } && year >= lowest && year <= highest ? year : null;

    // "Prices have fallen since their 2022 peak, and earnings fell sharply in 2024": a simple past verb of the date's own
    // (not after "has", "have", "had" or "been") tells a finished year, whatever "has" an earlier clause holds.
    private static bool OwnSimplePast(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - 4; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–') return false;
            if (t.Kind != TokenKind.Word) continue;
            if (scan.IsWord(i, "has") || scan.IsWord(i, "have") || scan.IsWord(i, "been")) return false;
            var word = scan.Text(i);
            if (!DateWords.PastVerbs.Contains(word) && !(word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))) continue;
            for (var k = i - 1; k >= first && k >= i - 2; k--)
                if (scan.IsWord(k, "has") || scan.IsWord(k, "have") || scan.IsWord(k, "had") || scan.IsWord(k, "been") || scan.IsWord(k, "having")) return false;
            return true;
        }
        return false;
    }

    // The first month of the calendar that a finished happening of the narrative is dated to without its year ("pleaded
    // guilty in January", "a hearing on Jan. 28"), else 13.
    private static int FirstBarePastMonth(DateScan scan)
    {
        var first = 13;
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Calendar, Year: 0, Month: > 0, YearRelative: false } e || e.Month >= first
                || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true }) first = e.Month;
        }
        return first;
    }

        private const int MaxWordsFromSince = 6; // "since the first walkout in March 2023"

    // Whether "since" stands a few words before the date, with nothing but words between ("since 2019", "since the
    // first walkout in March 2023").
    private static bool AfterSince(DateScan scan, DateMention m) =>
        DateContext.CueBefore(scan, m, MaxWordsFromSince, static (s, i) => s.IsWord(i, "since"));

    // The first day on which every past happening with a stated year is over (or, for "has …" clauses, begun; the next
    // year for one the text dates as another year's than the story's), and
    // what is told as so long after a dated happening has come ("came a year after … in April 2023");
    // a year after the latest possible one is no past happening, whatever its clause looked like.
    private static DateOnly? EarliestPossible(DateScan scan, IntervalYear.Reading? intervals, bool includeQuoted, int latestYear)
    {
        var bound = intervals is { Earliest: { } measured } && measured.Year <= latestYear ? measured : (DateOnly?)null;
        int? firstBareMonth = null; // read when first needed
        foreach (var m in scan.Mentions)
        {
            if (!m.Expression.HasYear || m.Expression.Year > latestYear) continue;
            if (!includeQuoted && DateContext.IsInsideQuotation(scan, m)) continue;
            if (DateContext.IsPageChrome(scan, m) || DateContext.IsForecast(scan, m) || ForecastYear.Is(scan, m) || DateContext.IsChangeBaseline(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            // "It is the latest round of strikes since the first walkout in March 2023": what a span runs "since" has
            // begun, whatever the clause's tense.
            var since = (reading.Tense != Tense.Past || !reading.HasVerb) && AfterSince(scan, m);
            if ((reading.Tense != Tense.Past || !reading.HasVerb) && !since) continue;
            if (DateResolver.Resolve(m.Expression, default, Tense.Past) is not { } date) continue;
            if (since)
            {
                if (bound is null || date.Start > bound) bound = date.Start;
                continue;
            }
            // "Lawmakers convened Jan. 14 for the 2025 session": a thing named by its year is current or over, so the story
            // is in that year or later, not after it.
            var after = reading.Perfect && !OwnSimplePast(scan, m) || NamesThingByYear(scan, m) ? date.Start : date.End.AddDays(1);
            // "The crash on 9 August 2025 …": news writes a day's year only when it is not the story's own (this year's is
            // "on 9 August"), so a finished happening dated to the day with its year puts the story in a later year. A
            // month with its year may be this year's ("In March 2023, the agency warned …"), unless the story tells an
            // earlier month of the calendar without one: "the home closed in November 2016 … he pleaded guilty in
            // January" is a January after it.
            if (after > date.Start && (m.Expression.Day > 0 || m.Expression.Month > (firstBareMonth ??= FirstBarePastMonth(scan))))
                after = new DateOnly(date.End.Year + 1, 1, 1);
            if (bound is null || after > bound) bound = after;
        }
        return bound;
    }
}
