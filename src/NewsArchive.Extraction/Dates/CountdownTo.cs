using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "With 47 days until the Nov. 3 election", "with 10 days left before the Jan. 30 deadline", "Today marks 100 days
/// until the opening ceremony on July 23", "today, five days before the session opens Jan. 18": a count of days (or
/// weeks) from the story's own moment to a coming date, so the story's day is that many days before it. The count is
/// the story's only when it is told from now: after "with" (an aside of the present), "today"/"tonight" or a present
/// "is"/"are"/"marks" ("today, a week after the May 2 vote" counts on from a past date); "Five days before the Nov. 3 election, the mayor resigned" measures a past happening instead.
/// "The final Test starts in 12 days' time, on Thursday 20 August" counts the same way (<see cref="FindInTime"/>).
/// </summary>
internal static class CountdownTo
{
    private const int MaxDays = 400; // "100 days until the Games": countdowns run up to a year or so
    private const int MaxWordsToDate = 8; // "until the opening ceremony on July 23", "before the 2022 session opens Jan. 18"
    private const int MaxWordsFromToday = 4; // "Today marks 100 days", "today, five days before"

    /// <summary>The story's day, or null when no narrative sentence counts the days from now to a coming date.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, DateOnly? bound)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (DaysBefore(scan, m) is not { } days || (days > 0 ? years.Coming(e, days) : years.Day(e)) is not { } date) continue;
            // "With two weeks to go before the June 30 deadline, lawmakers struck a deal": a finished clause tells a past
            // moment, not the story's, unless the sentence says it is today's.
            if (ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true, Perfect: false } && !SaysNow(scan, m.Sentence)) continue;
            return StoryDay(date, days, e, bound);
        }
        return null;
    }

    // "The final Test starts in 12 days' time, on Thursday 20 August": the story's day is that many days before.
    /// <summary>The story's day, or null when no narrative date is told "in N days' time" (or counted from today).</summary>
    public static DateOnly? FindInTime(DateScan scan, YearChoice years, DateOnly? bound)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || DateContext.IsInsideQuotation(scan, m)) continue;
            if ((DaysAhead(scan, m) ?? CountFromToday.DaysAfterStory(scan, m)) is not { } days) continue;
            if (years.Day(e) is not { } d) continue;
            return StoryDay(d, days, e, bound);
        }
        return null;
    }

    // "in 12 days' time, on …", "in two weeks, on …": the count of days right before the date, or null.
    private static int? DaysAhead(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        if (i >= first && scan.IsWord(i, "on")) i--;
        if (i >= first && scan.IsSymbol(i, ',')) i--;
        if (i >= first && scan.IsWord(i, "time")) i--;
        if (i >= first && scan.IsWord(i, "s") && i - 1 >= first && (scan.IsSymbol(i - 1, '\'') || scan.IsSymbol(i - 1, '’'))) i -= 2;
        else if (i >= first && (scan.IsSymbol(i, '\'') || scan.IsSymbol(i, '’'))) i--;
        if (i - 2 < first) return null;
        var unit = scan.IsWord(i, "days") || scan.IsWord(i, "day") ? 1 : scan.IsWord(i, "weeks") || scan.IsWord(i, "week") ? 7 : 0;
        if (unit == 0 || !scan.IsWord(i - 2, "in")) return null;
        int count;
        if (scan.Tokens[i - 1].Kind == TokenKind.Number && int.TryParse(scan.Text(i - 1), out var n)) count = n;
        else if (scan.IsWord(i - 1, "a")) count = 1;
        else if (!DateWords.NumberWords.TryGetValue(scan.Text(i - 1), out count)) return null;
        return count is > 0 and <= 60 ? count * unit : null;
    }


    // The story comes after its finished happenings: a coming day without its year that puts it before them is a year early.
    private static DateOnly StoryDay(DateOnly date, int days, DateExpression e, DateOnly? bound)
    {
        if (bound is { } b && date.AddDays(-days) < b && e.Year == 0 && !e.WeekdayStated && DateMentionFinder.IsValid(date.Year + 1, date.Month, date.Day))
            date = new DateOnly(date.Year + 1, date.Month, date.Day);
        return date.AddDays(-days);
    }

    /// <summary>Whether a dated mention is counted to from the story's moment ("with five days to go before … May 1").</summary>
    public static bool Counts(DateScan scan, DateMention m) => DaysBefore(scan, m) is not null;

    // The count of "[with] 47 days [left|to go|remaining] until [the] … <date>" told from now, or null.
    private static int? DaysBefore(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        // Back from the date over the words that name the happening ("the opening ceremony on", "the 2022 session opens").
        var link = -1;
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxWordsToDate; i--)
        {
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',')) return null;
            if (scan.IsWord(i, "until") || scan.IsWord(i, "till") || scan.IsWord(i, "before") || scan.IsWord(i, "to") || scan.IsWord(i, "after"))
            {
                link = i;
                break;
            }
        }
        if (link < 0) return null;
        var u = link - 1;
        // "10 days left before", "nine days to go until", "three weeks remaining before".
        if (u >= first && (scan.IsWord(u, "left") || scan.IsWord(u, "remaining"))) u--;
        else if (u - 1 >= first && scan.IsWord(u, "go") && scan.IsWord(u - 1, "to")) u -= 2;
        if (u - 1 < first || Unit(scan, u) is not { } unit || DateMentionFinder.CountAt(scan, u - 1) is not { } count) return null;
        var days = count * unit;
        if (days is <= 0 or > MaxDays || !ToldFromNow(scan, u - 1, first)) return null;
        // "today, five days after the Nov. 3 election": a count on from a past date, told from now the same way.
        if (scan.IsWord(link, "after")) return IsNow(scan, u - 2) || u - 3 >= first && scan.IsSymbol(u - 2, ',') && IsNow(scan, u - 3) ? -days : null;
        return days;
    }

    // Whether the count at token <paramref name="c"/> is measured from the story's moment.
    private static bool ToldFromNow(DateScan scan, int c, int first)
    {
        var i = c - 1;
        while (i >= first && (scan.IsWord(i, "just") || scan.IsWord(i, "only") || scan.IsWord(i, "exactly") || scan.IsWord(i, "now")
                              || scan.IsWord(i, "still") || scan.IsWord(i, "precisely"))) i--;
        if (i < first) return false;
        // "With 47 days until …", "There are 100 days until …", "Today marks 100 days until …".
        // "The registration deadline is 29 days before the Nov. 5 election" is a rule, not a countdown: "is" only after
        // "it" or "there".
        if ((scan.IsWord(i, "is") || scan.IsWord(i, "are")) && !(i > first && (scan.IsWord(i - 1, "it") || scan.IsWord(i - 1, "there")))) return false;
        if (scan.IsWord(i, "with") || scan.IsWord(i, "is") || scan.IsWord(i, "are") || scan.IsWord(i, "marks")) return TodayOrPresent(scan, i, first);
        // "today, five days before …", "tonight, three weeks before …".
        if (scan.IsSymbol(i, ',')) i--;
        return i >= first && IsNow(scan, i);
    }

    // "marks" and "is" carry the present; "with" does unless a today elsewhere says otherwise; a "marks" with a
    // "today" a few words before it is the plainest ("Today marks 100 days until …").
    private static bool TodayOrPresent(DateScan scan, int i, int first)
    {
        if (scan.IsWord(i, "with") || scan.IsWord(i, "is") || scan.IsWord(i, "are")) return true;
        for (var k = i - 1; k >= first && k >= i - MaxWordsFromToday; k--)
            if (IsNow(scan, k)) return true;
        return i == first || scan.IsWord(i - 1, "it") || scan.IsWord(i - 1, "this");
    }

    private static bool SaysNow(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        for (var i = first; i < end; i++)
            if (IsNow(scan, i)) return true;
        return false;
    }

    private static bool IsNow(DateScan scan, int i) =>
        scan.IsWord(i, "today") || scan.IsWord(i, "tonight") || scan.IsWord(i, "now")
        || scan.IsWord(i, "morning") && i > 0 && scan.IsWord(i - 1, "this");

    private static int? Unit(DateScan scan, int i) =>
        (DateMentionFinder.UnitAt(scan, i, plural: true) ?? DateMentionFinder.UnitAt(scan, i, plural: false)) switch
        {
            RelativeUnit.Day => 1,
            RelativeUnit.Week => 7,
            _ => null,
        };
}
