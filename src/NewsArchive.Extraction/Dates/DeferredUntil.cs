namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The sheriff deferred sentence for four weeks, until 10 November", "the hearing is set for Feb. 7, four weeks from
/// Tuesday": a span counted back from a dated day starts on the day it was set, which is the story's happening; so the
/// story is the day after it (news follows its happening), or that day when the story tells it as today. A weekday the
/// span is counted from ("four weeks from Tuesday") must be the day it lands on, which also picks the year.
/// </summary>
internal static class DeferredUntil
{
    private const int MaxDays = 120; // "for four weeks", "for 10 days": an adjournment, not a season

    /// <summary>The story's day, or null when no narrative sentence counts a span back from a dated day.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0, YearRelative: false } || DateContext.IsInsideQuotation(scan, m)) continue;
            DayOfWeek? from = null;
            if (SpanBefore(scan, m) is not { } days)
            {
                if (SpanFromWeekday(scan, m) is not var (counted, weekday) || TellsAhead(scan, weekday, m.Sentence)) continue;
                (days, from) = (counted, weekday);
            }
            else if (!SetInPast(scan, m)) continue;
            // "pled guilty yesterday (Thursday) … deferred sentence for four weeks, until 10 November": the weekday named
            // beside the story's yesterday is the day the span was set, in the year it falls on it; else the first year
            // that fits.
            var told = from is { } w0 ? 1 << (int)w0 : PastWeekdays(scan);
            if ((Story(scan, years, e, days, told) ?? (from is null ? Story(scan, years, e, days, 0) : null)) is { } story) return story;
        }
        return null;
    }

    // The story's day for the span counted back from the date, in the first year the set day falls on one of the
    // weekdays (any day, without them).
    private static DateOnly? Story(DateScan scan, YearChoice years, DateExpression e, int days, int weekdays)
    {
        foreach (var year in e.Year > 0 ? [e.Year] : years.Candidates())
        {
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var set = new DateOnly(year, e.Month, e.Day).AddDays(-days);
            if (weekdays != 0 && (weekdays & (1 << (int)set.DayOfWeek)) == 0) continue;
            var story = TellsTodayOnly(scan) ? set : set.AddDays(1);
            if (years.NotAfterToday(story) is not null) return story;
        }
        return null;
    }

    // The bare weekdays the narrative names beside its "yesterday" ("pled guilty yesterday (Thursday)"), as bits.
    private static int PastWeekdays(DateScan scan)
    {
        var bits = 0;
        var mentions = scan.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
            if (mentions[i].Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: -1, FromPrevious: false }
                && mentions[i + 1] is { Expression: { Form: DateForm.Weekday, Shift: DateShift.None } e } next
                && next.Sentence == mentions[i].Sentence && next.FirstToken - mentions[i].LastToken <= 2
                && !DateContext.IsInsideQuotation(scan, mentions[i])) bits |= 1 << (int)e.Weekday;
        return bits;
    }

    // "for four weeks, until 10 November", "for a week until February 20": the span's days, else null.
    private static int? SpanBefore(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        // The mention may hold its "until" ("until 2 April" as a span's end).
        var i = scan.IsWord(m.FirstToken, "until") || scan.IsWord(m.FirstToken, "till") ? m.FirstToken : m.FirstToken - 1;
        if (i < first || !(scan.IsWord(i, "until") || scan.IsWord(i, "till"))) return null;
        i--;
        if (i >= first && scan.IsSymbol(i, ',')) i--;
        if (i - 2 < first || !scan.IsWord(i - 2, "for")) return null;
        return Days(scan, i - 1, i);
    }

    private const int VerbReach = 4; // "deferred sentence for", "adjourned the case for", "was remanded for"

    // Whether a finished verb sets the span ("deferred sentence for four weeks, until …"): a word in "-ed" just before
    // its "for", with no "will", "would" or "to" before it ("will be closed for two weeks, until …" is still to come).
    // The date itself reads as coming, so its own clause's tense says nothing of when the span was set.
    private static bool SetInPast(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var forToken = -1;
        for (var i = m.FirstToken; i >= first && i >= m.FirstToken - 5; i--)
            if (scan.IsWord(i, "for")) { forToken = i; break; }
        for (var i = forToken - 1; i >= first && i >= forToken - VerbReach; i--)
        {
            if (scan.Tokens[i].Kind != Text.TokenKind.Word) return false;
            if (!scan.Text(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            for (var k = i - 1; k >= first && k >= i - VerbReach; k--)
                if (scan.IsWord(k, "will") || scan.IsWord(k, "would") || scan.IsWord(k, "to")) return false;
            return true;
        }
        return false;
    }

    // "Feb. 7, four weeks from Tuesday": the span's days and the weekday it is counted from, else null.
    private static (int Days, DayOfWeek From)? SpanFromWeekday(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var i = m.LastToken + 1;
        if (i < end && scan.IsSymbol(i, ',')) i++;
        if (i + 3 >= end || !scan.IsWord(i + 2, "from") || Days(scan, i, i + 1) is not { } days) return null;
        return DateWords.Weekdays.TryGetValue(scan.Text(i + 3), out var weekday) ? (days, (DayOfWeek)weekday) : null;
    }

    // Whether the narrative tells the weekday as still to come ("will debate the scheme on Tuesday"): then the span
    // counted from it was not set yet, and the story is not the day after it. The span's own sentence reads as coming
    // ("is set for April 9, four weeks from Tuesday") and says nothing of the weekday.
    private static bool TellsAhead(DateScan scan, DayOfWeek weekday, int spanSentence)
    {
        foreach (var m in scan.Mentions)
            if (m.Sentence != spanSentence && m.Expression is { Form: DateForm.Weekday, Shift: DateShift.None } e && e.Weekday == weekday
                && !DateContext.IsInsideQuotation(scan, m) && ClauseTense.Of(scan, m) is { Tense: Tense.Future, HasVerb: true }) return true;
        return false;
    }

    // "four weeks", "a week", "10 days" at the count and unit tokens: the days, else null.
    private static int? Days(DateScan scan, int countToken, int unitToken)
    {
        var size = (DateMentionFinder.UnitAt(scan, unitToken, plural: true) ?? DateMentionFinder.UnitAt(scan, unitToken, plural: false)) switch
        {
            RelativeUnit.Day => 1,
            RelativeUnit.Week => 7,
            _ => 0,
        };
        if (size == 0 || DateMentionFinder.CountAt(scan, countToken) is not { } count) return null;
        var days = count * size;
        return days is > 0 and <= MaxDays ? days : null;
    }

    // Whether the narrative says "today" or "this morning" and never "yesterday": the story tells its own day's news.
    private static bool TellsTodayOnly(DateScan scan)
    {
        var today = false;
        foreach (var m in scan.Mentions)
        {
            if (DateContext.IsInsideQuotation(scan, m) || m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, FromPrevious: false } e) continue;
            if (e.Offset == -1) return false;
            today |= e.Offset == 0;
        }
        return today;
    }
}
