using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Picks the year of a day written without one ("Sunday 12 April", a dateline's "March 3") for the publication date.
/// After the article's finished happenings (the bound) and from the year before the latest year it names as now ("the 2024
/// presidential race"), the first year that fits; a fit decades before today (the
/// only year stated was history: "first introduced in 1986") gives way to the latest fit up to today. Without a
/// bound, the fit nearest the latest year the article states, else nearest today, and never after today.
/// A copyright notice's year outranks all of that: the latest fit up to the end of that year.
/// </summary>
internal sealed class YearChoice
{
    private const int FarAhead = 28;

    private readonly DateOnly? _bound;
    private readonly DateOnly _today;
    private readonly int _reference;
    private readonly bool _noticed;

    /// <param name="scan">The article's date mentions (their stated years set the reference).</param>
    /// <param name="bound">The first day by which every past happening with a stated year is over, if any.</param>
    /// <param name="today">The latest possible publication day (the end of a copyright notice's year, if earlier).</param>
    /// <param name="copyright">The year of the page's copyright notice, if it has one.</param>
    public YearChoice(DateScan scan, DateOnly? bound, DateOnly today, int? copyright = null)
    {
        _bound = bound;
        _today = today;
        _noticed = copyright is not null;
        var latest = 0;
        foreach (var m in scan.Mentions)
            if (m.Expression.HasYear && m.Expression.Year <= today.Year && m.Expression.Year > latest && !DateContext.IsInsideQuotation(scan, m)
                && !DateContext.IsPageChrome(scan, m))
                latest = m.Expression.Year;
        // "the fiscal 2026-27 budget", "the 2025-26 season": a span being talked about is current or coming.
        var span = LatestSpanStart(scan, today.Year);
        if (span > latest) latest = span;
        _reference = _noticed ? today.Year : latest > 0 ? latest : today.Year;
        _scan = scan;
        // "Enrollment fell between 2020 and 2024", "Completions fell 9% in 2023": a year told as over is before the
        // story's, so the nearest fit is sought from the first year after it.
        if (!_noticed && bound is { } b && b.Year > _reference && b.Year <= today.Year) _reference = b.Year;
    }

    private readonly DateScan _scan;
    private int? _namedNow; // read when first needed: most stories never ask

    // "the 2024 presidential race" after a record turnout "in 2016": the story is near the latest year it names as now.
    private int Named => _namedNow ??= _noticed ? 0 : LatestNamedNow(_scan, _today.Year);

    // The latest year the narrative names in a clause not told as coming ("sales fell in 2023"), or as a thing's name
    // ("the 2024 presidential race", "the 2025 hurricane season"), whatever the tense around it.
    private static int LatestNamedNow(DateScan scan, int latestYear)
    {
        var found = 0;
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Calendar, Year: > 0, YearRelative: false } e || e.Year <= found || e.Year > latestYear
                || DateContext.IsInsideQuotation(scan, m) || DateContext.IsPageChrome(scan, m) || PublicationDateResolver.IsLimit(scan, m)
                || DateContext.IsForecast(scan, m) || ClauseTense.Of(scan, m).Tense == Tense.Future) continue;
            found = e.Year;
        }
        var tokens = scan.Tokens;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (YearToken.At(scan, i) is not { } year || year <= found || year > latestYear || !NamesThing(scan, i) || scan.IsInsideQuotation(tokens[i].Start)) continue;
            found = year;
        }
        return found;
    }

    // "the 2024 presidential race", "its 2025 season": a year between "the" or a possessive and a lower-case noun.
    private static bool NamesThing(DateScan scan, int i) =>
        (scan.IsWord(i - 1, "the") || scan.IsWord(i - 1, "its") || scan.IsWord(i - 1, "their")) && YearToken.NounFollows(scan, i + 1);

    // The first year of the latest "2026-27" / "2025/26" span outside quotations, or 0.
    private static int LatestSpanStart(DateScan scan, int latestYear)
    {
        var found = 0;
        var tokens = scan.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (YearToken.SpanStartAt(scan, i) is not { } year || year <= found || year > latestYear || scan.IsInsideQuotation(tokens[i].Start)) continue;
            found = year;
        }
        return found;
    }

    /// <summary>The day a month-and-day date names: in its own year when written, else in the year that fits (with its
    /// weekday, when the text states one).</summary>
    public DateOnly? Day(DateExpression e) => e.Year > 0 || e.WeekdayStated ? Pin(e) : Nearest(e.Month, e.Day, null);

    /// <summary>The day of a date written with its weekday ("Monday, March 30"), in the year that fits.</summary>
    /// <param name="e">The date as written.</param>
    /// <param name="ahead">How many days after the story the date may lie: a coming "next Saturday, 28 November"
    /// may fall after today when the story was written the week before.</param>
    public DateOnly? Pin(DateExpression e, int ahead = 0)
    {
        if (e.Year > 0) return DateMentionFinder.IsValid(e.Year, e.Month, e.Day) ? new DateOnly(e.Year, e.Month, e.Day) : null;
        var last = _today.AddDays(ahead);
        if (_noticed) return LatestUpTo(e.Month, e.Day, e.Weekday, _today.Year - WeekdayCycle.Years, last);
        if (_bound is not { } b) return Nearest(e.Month, e.Day, e.Weekday, last);
        // The earliest year consistent with the finished happenings: the first fit from the bound's year on (the story
        // may still be in the finished year itself, "sales rose in 2026" in an October 2026 report, when nothing later fits),
        // and from the year before the latest the narrative names as now ("the 2024 presidential race" is run in 2023 or 2024).
        // A bound from history ("the hall opened in 1913") says nothing of the story's own time: the latest fit then.
        for (var year = Math.Max(b.Year, Named - 1); year <= b.Year + FarAhead; year++)
        {
            if (!Fits(year, e.Month, e.Day, e.Weekday)) continue;
            // A fit after today means the bound misread a forecast ("projects declines through 2030") as over.
            var fit = new DateOnly(year, e.Month, e.Day);
            if (fit > last) break;
            return IsHistory(b) ? LatestUpTo(e.Month, e.Day, e.Weekday, b.Year - 1, last) ?? fit : fit;
        }
        return Fits(b.Year - 1, e.Month, e.Day, e.Weekday) && new DateOnly(b.Year - 1, e.Month, e.Day) <= last
            ? new DateOnly(b.Year - 1, e.Month, e.Day)
            : LatestUpTo(e.Month, e.Day, e.Weekday, _today.Year - WeekdayCycle.Years, last);
    }

    /// <summary>
    /// The midterm election day the story tells of: the first after the finished happenings, else the latest up to
    /// <paramref name="ahead"/> days after today.
    /// </summary>
    public DateOnly? Midterm(int ahead)
    {
        var last = _today.AddDays(ahead);
        if (_bound is { } b && !_noticed)
        {
            for (var year = b.Year - 1; year <= b.Year + 4; year++)
                if (ElectionDay.IsMidtermYear(year) && ElectionDay.In(year) >= b && ElectionDay.In(year) <= last) return ElectionDay.In(year);
            return null;
        }
        for (var year = last.Year; year > last.Year - 4; year--)
            if (ElectionDay.IsMidtermYear(year) && ElectionDay.In(year) <= last) return ElectionDay.In(year);
        return null;
    }

    /// <summary>The day a coming date names that lies up to <paramref name="ahead"/> days after the story ("on 30 November,
    /// less than a fortnight away"): in its own year when written, else in the year that fits.</summary>
    public DateOnly? Coming(DateExpression e, int ahead) =>
        e.Year > 0 || e.WeekdayStated ? Pin(e, ahead) : Nearest(e.Month, e.Day, null, _today.AddDays(ahead));

    /// <summary>
    /// The years to try for a story day found by the first year that fits, best first: after finished happenings of the
    /// story's own time ("the court ruling in 2024"), the earliest from the bound's year on (a "Nov. 5" ballot told as
    /// "Tuesday's election" after a 2018 vote is the first such Tuesday after it, not the latest before today); with no
    /// bound, one from history, or a copyright notice, the latest up to today first.
    /// </summary>
    public IEnumerable<int> Candidates()
    {
        if (_bound is { } b && !_noticed && !IsHistory(b))
        {
            for (var year = Math.Max(b.Year, Named - 1); year <= _today.Year; year++) yield return year;
            yield break;
        }
        var lowest = _bound?.Year ?? _today.Year - WeekdayCycle.Years;
        for (var year = _today.Year; year >= lowest; year--) yield return year;
    }

    /// <summary>
    /// Whether a bound from finished happenings is history rather than the story's recent past: over twelve years before
    /// today ("the hall opened in 1913", "the parade, first held in 1954") says nothing of when the story was written.
    /// </summary>
    public bool IsHistory(DateOnly bound) => bound.Year < _today.Year - WeekdayCycle.Years;

    /// <summary>The day, when it is not after the latest possible publication day; else null.</summary>
    public DateOnly? NotAfterToday(DateOnly day) => day <= _today ? day : null;

    /// <summary>The fitting day (on <paramref name="weekday"/>, when given) nearest the reference year, not after today.</summary>
    public DateOnly? Nearest(int month, int day, DayOfWeek? weekday) => Nearest(month, day, weekday, _today);

    private DateOnly? Nearest(int month, int day, DayOfWeek? weekday, DateOnly last)
    {
        var lowest = _bound is { } b ? b.Year - 1 : int.MinValue;
        for (var distance = 0; distance <= WeekdayCycle.Years; distance++)
        {
            foreach (var year in new[] { _reference - distance, _reference + distance })
            {
                if (year < lowest || !Fits(year, month, day, weekday)) continue;
                var date = new DateOnly(year, month, day);
                if (date <= last) return date;
            }
        }
        return null;
    }

    /// <summary>The latest fitting day (on <paramref name="weekday"/>, when given) up to the latest possible day.</summary>
    public DateOnly? Latest(int month, int day, DayOfWeek? weekday) =>
        weekday is { } w ? LatestUpTo(month, day, w, _today.Year - WeekdayCycle.Years, _today)
        : Fits(_today.Year, month, day, null) && new DateOnly(_today.Year, month, day) <= _today ? new DateOnly(_today.Year, month, day)
        : Fits(_today.Year - 1, month, day, null) ? new DateOnly(_today.Year - 1, month, day) : null;

    private DateOnly? LatestUpTo(int month, int day, DayOfWeek weekday, int lowest, DateOnly last)
    {
        for (var year = last.Year; year >= lowest && year > _today.Year - WeekdayCycle.Years; year--)
            if (Fits(year, month, day, weekday) && new DateOnly(year, month, day) <= last) return new DateOnly(year, month, day);
        return null;
    }

    private static bool Fits(int year, int month, int day, DayOfWeek? weekday) =>
        year is > 1 and < 9999 && DateMentionFinder.IsValid(year, month, day)
        && (weekday is not { } w || new DateOnly(year, month, day).DayOfWeek == w);
}
